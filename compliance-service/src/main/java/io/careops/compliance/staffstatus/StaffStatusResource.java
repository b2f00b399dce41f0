package io.careops.compliance.staffstatus;

import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/staff-status")
@Tag(name = "Staff certification status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffStatusResource {

    private final StaffStatusService service;

    public StaffStatusResource(StaffStatusService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR, Roles.STAFF})
    @Operation(operationId = "checkStaffStatus", summary = "For each person (at most 5,000, answered in request order), the critical or mandatory "
            + "certifications that are not valid on the date: EXPIRED, PENDING or MISSING. Only certifications in the "
            + "caller's care homes count, unless the scheduling service's grant (CareOps-Service-Grant) names the people "
            + "asked about. The certifications of the whole batch are read in one statement.")
    @APIResponse(responseCode = "200", description = "Per person, in request order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffStatusResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role may not do this, or a service grant was sent"
            + " that is not valid (signature, issuer, audience, expiry, another caller) or does not name every person asked"
            + " about")
    public StaffStatusResponse check(
            @HeaderParam(ServiceGrants.HEADER) @Parameter(required = false, description = "For the scheduling service"
                    + " only: a short-lived JWT signed with scheduling's own key (iss careops-scheduling, aud"
                    + " careops-compliance, sub the caller's subject, staff_ids every person asked about). When valid,"
                    + " those people's certifications count in every care home and a staff-only caller may ask about"
                    + " them; when invalid, 403. Without it, the caller's own care homes and self-service limits apply.",
                    schema = @Schema(type = SchemaType.STRING)) String grant,
            @Valid @NotNull StaffStatusRequest request) {
        return service.check(request, grant);
    }
}
