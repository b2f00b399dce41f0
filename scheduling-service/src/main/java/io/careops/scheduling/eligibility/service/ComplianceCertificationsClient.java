package io.careops.scheduling.eligibility.service;

import io.careops.scheduling.rotahealth.service.ComplianceClient;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Compliance's batch status (POST /api/v1/staff-status), for the certification check at
 * assignment: its own client with shorter timeouts than rota health's (configKey
 * {@code compliance-certifications}), so an assignment never waits long on compliance. The
 * caller's bearer token authenticates the request; {@link ServiceGrant}'s grant (null: no header
 * sent) lets compliance answer for people that token cannot see.
 */
@RegisterRestClient(configKey = "compliance-certifications")
@Path("/api/v1/staff-status")
public interface ComplianceCertificationsClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    ComplianceClient.StatusResponse status(@HeaderParam("Authorization") String authorization,
            @HeaderParam(ServiceGrant.HEADER) String grant, ComplianceClient.StatusRequest request);
}
