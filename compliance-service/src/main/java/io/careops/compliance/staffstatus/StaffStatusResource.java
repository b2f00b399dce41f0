package io.careops.compliance.staffstatus;

import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
            + "caller's care homes count. One query for the whole batch.")
    public StaffStatusResponse check(@Valid @NotNull StaffStatusRequest request) {
        return service.check(request);
    }
}
