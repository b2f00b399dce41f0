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

/** Leave balances: entitlement, taken, booked and remaining leave in hours. */
@Path("/leave-balances")
@Tag(name = "Leave")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeaveBalanceResource {

    private final LeaveService service;

    public LeaveBalanceResource(LeaveService service) {
        this.service = service;
    }
    @GET
    @Path("/{staffId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getLeaveBalance", summary = "A person's leave year (the one starting in `year`, default the"
            + " one containing asOf): entitlement in hours (5.6 weeks pro rata, or the contractual allowance if larger;"
            + " prorated for starters and leavers), taken up to asOf (default today), booked after it, requested, remaining."
            + " A staff-only caller: themselves only")
    @APIResponse(responseCode = "200", description = "The balance", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LeaveResponses.Balance.class)))
    @APIResponse(responseCode = "400", description = "A bad parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such person the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A year out of range", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public LeaveResponses.Balance balance(@PathParam("staffId") UUID staffId, @QueryParam("year") Integer year,
            @QueryParam("asOf") LocalDate asOf) {
        return LeaveResponses.Balance.of(service.balance(staffId, year, asOf));
    }

}
