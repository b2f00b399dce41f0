package io.careops.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses; the one place that decides their media type and headers. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, null);
    }

    public static Response of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        Problem problem = new Problem(type.type(), type.title(), type.status(), detail, instance, errors);
        Response.ResponseBuilder builder = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (type == ProblemType.UNAUTHENTICATED) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        if (type == ProblemType.UNAVAILABLE) {
            builder.header("Retry-After", "5");
        }
        return builder.build();
    }
}
