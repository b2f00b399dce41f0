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

/** The leave calendar of a unit or a home. */
@Path("/leave-calendar")
@Tag(name = "Leave")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeaveCalendarResource {

    private final LeaveService service;

    public LeaveCalendarResource(LeaveService service) {
        this.service = service;
    }
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getLeaveCalendar", summary = "Who is away (requested or approved) each day from/to"
            + " (at most 93 days) in a unit (its home and assigned staff) or a whole home, with the blackouts in force")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LeaveResponses.Calendar.class)))
    @APIResponse(responseCode = "400", description = "A bad parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Staff-only callers", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such home or unit the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Neither home nor unit, or a period out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LeaveResponses.Calendar calendar(@QueryParam("careHomeId") UUID careHomeId, @QueryParam("unitId") UUID unitId,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return LeaveResponses.Calendar.of(service.calendar(careHomeId, unitId, from, to));
    }

}
