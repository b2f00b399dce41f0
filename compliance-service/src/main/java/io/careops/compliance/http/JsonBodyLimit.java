package io.careops.compliance.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Certificate files (up to 10 MB) need a larger HTTP body limit than the platform's 1 MB, so
 * this service raises {@code quarkus.http.limits.max-body-size} to 11 MB and keeps every other
 * path at 1 MB here, with the same problem JSON the platform answers: only the file upload
 * accepts a large body.
 */
@ApplicationScoped
public class JsonBodyLimit {

    public static final long LIMIT_BYTES = 1024 * 1024;
    private static final Pattern FILE_UPLOAD = Pattern.compile("^/api/v1/certifications/[^/]+/file$");

    private final ObjectMapper json;
    private final BodyHandler chunkedLimit = BodyHandler.create(false).setBodyLimit(LIMIT_BYTES);

    public JsonBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        // Ahead of the platform's own limit route (ROUTE_ORDER_UPLOAD_LIMIT - 1).
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::limit).failureHandler(this::tooLarge);
    }

    private void limit(RoutingContext context) {
        if (FILE_UPLOAD.matcher(context.request().path()).matches()) {
            context.next();
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > LIMIT_BYTES) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context);
            return;
        }
        if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            chunkedLimit.handle(context);
            return;
        }
        context.next();
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context);
        } else {
            context.next();
        }
    }

    private void write(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.type(), type.title(), type.status(),
                "The request body is larger than the " + LIMIT_BYTES + " bytes this service accepts",
                context.request().path(), null);
        try {
            context.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
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
