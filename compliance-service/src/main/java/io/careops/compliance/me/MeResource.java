package io.careops.compliance.me;

import io.careops.platform.problem.Problem;
import io.careops.platform.security.Caller;
import io.careops.platform.security.Roles;
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

/** Who the token says the caller is; the staff record itself lives in the scheduling service. */
@Path("/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final Caller caller;

    public MeResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getMe", summary = "Who the token says the caller is: roles, visible care homes, the staff"
            + " number it names and whether the caller is limited to their own records (selfService)")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Caller.Identity.class)))
    @APIResponse(responseCode = "401", description = "No token, or an invalid one",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Caller.Identity me() {
        return caller.identity();
    }
}
