package io.careops.scheduling.leave.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.Problem;
import io.careops.platform.security.Roles;
import io.careops.scheduling.leave.domain.LeaveRepositories;
import io.careops.scheduling.leave.service.LeaveService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Each home's leave year and bank-holiday rule. */
@Path("/leave-policies")
@Tag(name = "Leave")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeavePolicyResource {

    private final LeaveService service;

    public LeavePolicyResource(LeaveService service) {
        this.service = service;
    }
    @GET
    @Path("/{careHomeId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getLeavePolicy", summary = "The home's leave year start and bank-holiday rule (defaults:"
            + " 1 January, bank holidays within the entitlement)")
    @APIResponse(responseCode = "200", description = "The policy", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LeaveResponses.Policy.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such home the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LeaveResponses.Policy policy(@PathParam("careHomeId") UUID careHomeId) {
        return LeaveResponses.Policy.of(service.policy(careHomeId));
    }

    @PUT
    @Path("/{careHomeId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "setLeavePolicy", summary = "Set the home's leave year start and bank-holiday rule")
    @APIResponse(responseCode = "200", description = "The policy", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LeaveResponses.Policy.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such home the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LeaveResponses.Policy setPolicy(@PathParam("careHomeId") UUID careHomeId,
            @Valid @NotNull LeaveRequests.Policy request) {
        return LeaveResponses.Policy.of(service.setPolicy(careHomeId, request.leaveYearStartMonth(),
                request.leaveYearStartDay(), request.bankHolidaysInEntitlement()));
    }

}
