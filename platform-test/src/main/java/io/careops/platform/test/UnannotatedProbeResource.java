package io.careops.platform.test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A test-only endpoint with no security annotation, present in every service's test run to
 * prove that such an endpoint is denied rather than left open.
 */
@Path("/contract-probe")
public class UnannotatedProbeResource {

    @GET
    @Path("/unannotated")
    public String unannotated() {
        return "this must never be reachable";
    }
}
