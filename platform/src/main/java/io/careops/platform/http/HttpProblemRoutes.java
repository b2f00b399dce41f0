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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem JSON for the failures the HTTP layer answers before any resource runs: a body over
 * the size limit, and paths no route serves. Without this, Vert.x would answer with plain text.
 */
@ApplicationScoped
public class HttpProblemRoutes {

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final BodyHandler chunkedBodyLimit;

    public HttpProblemRoutes(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.chunkedBodyLimit = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
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
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBodyBytes) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // A chunked body's size is only known while reading it: buffer it against the limit,
            // which fails the route with 413 when exceeded.
            chunkedBodyLimit.handle(context);
            return;
        }
        context.next();
    }

    private void tooLargeWhileReading(RoutingContext context) {
        if (context.statusCode() == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
        } else {
            context.next();
        }
    }

    private String tooLarge() {
        return "The request body is larger than the " + maxBodyBytes + " bytes this service accepts";
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
