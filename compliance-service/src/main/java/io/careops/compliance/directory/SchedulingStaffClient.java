package io.careops.compliance.directory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The scheduling service's staff directory. The caller's bearer token is passed on, so scheduling
 * applies the caller's own roles and care homes. Base URL: {@code careops.scheduling.url}.
 */
@RegisterRestClient(configKey = "scheduling")
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
public interface SchedulingStaffClient {

    /** At most 100 a page. */
    @GET
    StaffPage list(@HeaderParam("Authorization") String authorization, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("active") boolean active, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    StaffMember get(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
