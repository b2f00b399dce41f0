package io.careops.scheduling.me.api;

import io.careops.platform.problem.Problem;
import io.careops.platform.security.Caller;
import io.careops.platform.security.Roles;
import io.careops.scheduling.staff.api.StaffResponse;
import io.careops.scheduling.staff.service.StaffService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final Caller caller;
    private final StaffService staff;

    public MeResource(Caller caller, StaffService staff) {
        this.caller = caller;
        this.staff = staff;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getMe", summary = "Who the token says the caller is: roles, visible care homes and the"
            + " staff record its staff-number claim links to")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeResponse.class)))
    @APIResponse(responseCode = "401", description = "No token, or an invalid one",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public MeResponse me() {
        return MeResponse.of(caller.identity(), staff.me().map(StaffResponse::of).orElse(null));
    }
}
