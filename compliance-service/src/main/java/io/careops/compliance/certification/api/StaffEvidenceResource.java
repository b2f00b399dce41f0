package io.careops.compliance.certification.api;

import io.careops.compliance.certification.service.CertificationService;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Self-service training evidence: a staff member submits a certification of their own. */
@Path("/staff/{staffId}/certifications")
@Tag(name = "Staff certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffEvidenceResource {

    private final CertificationService service;

    public StaffEvidenceResource(CertificationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "submitOwnCertification", summary = "A staff member submits training evidence of their own (the"
            + " token's staff_number must be this person's, else 404); recorded PENDING, never counting as valid until a"
            + " manager verifies it")
    @APIResponseSchema(value = CertificationResponse.class, responseCode = "201", responseDescription = "Submitted, PENDING")
    public Response submit(@PathParam("staffId") UUID staffId, @Valid @NotNull EvidenceSubmissionRequest request, UriInfo uri) {
        CertificationResponse created = CertificationResponse.of(
                service.submitOwn(staffId, request.certificationType(), request.toRecord()), service.today());
        return Response.created(uri.getBaseUriBuilder().path("certifications").path(created.id().toString()).build())
                .entity(created).build();
    }
}
