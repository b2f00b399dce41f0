package io.careops.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem JSON for the failures the HTTP layer answers before any resource runs: a body over
 * the size limit, and paths no route serves. Without this, Vert.x would answer with plain text.
 *
 * <p>Bodies are held to {@code careops.http.max-body-size} (1 MB). A service that accepts larger
 * uploads on a few paths names them in {@code careops.http.large-body-paths} (a regular
 * expression) and raises {@code quarkus.http.limits.max-body-size}, which then applies to those
 * paths only.
 */
@ApplicationScoped
public class HttpProblemRoutes {

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final long largeBodyBytes;
    private final Optional<Pattern> largeBodyPaths;
    private final BodyHandler chunkedBodyLimit;
    private final BodyHandler chunkedLargeBodyLimit;

    public HttpProblemRoutes(ObjectMapper json,
            @ConfigProperty(name = "careops.http.max-body-size", defaultValue = "1M") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize largeBodySize,
            @ConfigProperty(name = "careops.http.large-body-paths") Optional<String> largeBodyPaths) {
        this.json = json;
        this.largeBodyBytes = largeBodySize.asLongValue();
        this.maxBodyBytes = Math.min(maxBodySize.asLongValue(), largeBodyBytes);
        this.largeBodyPaths = largeBodyPaths.map(Pattern::compile);
        this.chunkedBodyLimit = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        this.chunkedLargeBodyLimit = BodyHandler.create(false).setBodyLimit(largeBodyBytes);
    }

    void install(@Observes Router router) {
        // Runs just before Quarkus's own upload limit, which would close with an empty 413.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::rejectOversizedBody)
                // Ahead of Quarkus's failure handler, which would answer 413 with an empty body.
                .failureHandler(this::tooLargeWhileReading);
        router.errorHandler(404, context -> write(context, ProblemType.NOT_FOUND,
                "Nothing is found at " + context.request().method() + " " + context.request().path()));
    }

    private void rejectOversizedBody(RoutingContext context) {
        boolean large = largeBodyPaths.map(paths -> paths.matcher(context.request().path()).matches()).orElse(false);
        long limit = large ? largeBodyBytes : maxBodyBytes;
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > limit) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(limit));
            return;
        }
        if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // A chunked body's size is only known while reading it: buffer it against the limit,
            // which fails the route with 413 when exceeded.
            (large ? chunkedLargeBodyLimit : chunkedBodyLimit).handle(context);
            return;
        }
        context.next();
    }

    private void tooLargeWhileReading(RoutingContext context) {
        if (context.statusCode() == 413) {
            boolean large = largeBodyPaths.map(paths -> paths.matcher(context.request().path()).matches()).orElse(false);
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(large ? largeBodyBytes : maxBodyBytes));
        } else {
            context.next();
        }
    }

    private static String tooLarge(long limit) {
        return "The request body is larger than the " + limit + " bytes this service accepts";
    }

    private void write(RoutingContext context, ProblemType type, String detail) {
        if (context.response().ended()) {
            return;
        }
        Problem problem = new Problem(type.type(), type.title(), type.status(), detail, context.request().path(), null);
        try {
            context.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException impossible) {
            context.response().setStatusCode(type.status()).end();
        }
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }
}
