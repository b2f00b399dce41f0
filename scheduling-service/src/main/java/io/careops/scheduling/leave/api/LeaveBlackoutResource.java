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

/** Blackout periods per unit, in which annual leave is refused unless a manager overrides. */
@Path("/leave-blackouts")
@Tag(name = "Leave")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeaveBlackoutResource {

    private final LeaveService service;

    public LeaveBlackoutResource(LeaveService service) {
        this.service = service;
    }
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listLeaveBlackouts", summary = "Blackouts in the caller's homes touching from/to, by first day")
    @APIResponse(responseCode = "200", description = "A page of blackouts")
    @APIResponse(responseCode = "400", description = "A bad parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<LeaveResponses.Blackout> blackouts(@BeanParam @Valid PageRequest page,
            @QueryParam("careHomeId") UUID careHomeId, @QueryParam("unitId") UUID unitId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("active") Boolean active) {
        return service.blackouts(page, new LeaveRepositories.Blackouts.Criteria(careHomeId, unitId, from, to, active),
                LeaveResponses.Blackout::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getLeaveBlackout", summary = "One blackout")
    @APIResponse(responseCode = "200", description = "The blackout", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LeaveResponses.Blackout.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such blackout the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LeaveResponses.Blackout blackout(@PathParam("id") UUID id) {
        return LeaveResponses.Blackout.of(service.blackout(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createLeaveBlackout", summary = "Close a unit to annual leave on some days, with the reason"
            + " requests will be refused with")
    @APIResponse(responseCode = "201", description = "Declared; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeaveResponses.Blackout.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such unit the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Last day before the first, or longer than a year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response declare(@Valid @NotNull LeaveRequests.Blackout request, UriInfo uri) {
        LeaveResponses.Blackout created = LeaveResponses.Blackout.of(service.declareBlackout(request.unitId(),
                request.firstDay(), request.lastDay(), request.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/lifting")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "liftLeaveBlackout", summary = "Lift a blackout: it no longer refuses requests and stays on record")
    @APIResponse(responseCode = "200", description = "Lifted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LeaveResponses.Blackout.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such blackout the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already lifted", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public LeaveResponses.Blackout lift(@PathParam("id") UUID id) {
        return LeaveResponses.Blackout.of(service.liftBlackout(id));
    }

}
