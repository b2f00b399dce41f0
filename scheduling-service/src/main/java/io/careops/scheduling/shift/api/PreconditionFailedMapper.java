package io.careops.scheduling.shift.api;

import io.careops.platform.problem.Problem;
import io.careops.scheduling.shift.service.PreconditionFailedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 412 as problem JSON. Kept here until the platform's problem types gain a precondition-failed
 * kind (the platform is being reworked in parallel); same shape as every other problem.
 */
public class PreconditionFailedMapper {

    static final URI TYPE = URI.create("https://careops.io/problems/precondition-failed");

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException failure, HttpServerRequest request) {
        return Response.status(412).type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE, "Precondition failed", 412, failure.getMessage(), request.path(), null))
                .build();
    }
}
