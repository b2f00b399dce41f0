package io.careops.incidentsafety.units;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The scheduling service's units, the one place units are kept. The caller's bearer token is
 * passed on, so scheduling applies the caller's own care homes. Base URL: {@code careops.scheduling.url}.
 */
@RegisterRestClient(configKey = "scheduling")
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public interface SchedulingUnitClient {

    /** The fields incident safety reads; scheduling's answer has more, which are ignored. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record UnitRecord(UUID id, UUID careHomeId, String name) {
    }

    @GET
    @Path("/{id}")
    UnitRecord get(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
