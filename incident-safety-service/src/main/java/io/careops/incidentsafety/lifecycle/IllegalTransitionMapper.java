package io.careops.incidentsafety.lifecycle;

import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Problem JSON for an illegal lifecycle move: the platform's conflict problem plus the status
 * the record is in and the moves it allows, so a client can offer only those.
 */
public class IllegalTransitionMapper {

    /** RFC 9457 problem with two extension members, {@code currentStatus} and {@code allowed}. */
    public record TransitionProblem(URI type, String title, int status, String detail, String instance,
            String currentStatus, String requested, List<String> allowed) {
    }

    @ServerExceptionMapper
    public Response illegal(IllegalTransitionException failure, HttpServerRequest request) {
        ProblemType conflict = ProblemType.CONFLICT;
        return Response.status(conflict.status()).type(Problem.MEDIA_TYPE)
                .entity(new TransitionProblem(conflict.type(), conflict.title(), conflict.status(), failure.getMessage(),
                        request.path(), failure.from(), failure.to(), failure.allowed()))
                .build();
    }
}
