package io.careops.scheduling.swap.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.swap.domain.ShiftSwap;
import io.careops.scheduling.swap.domain.SwapRepositories;
import io.careops.scheduling.swap.service.ShiftSwapService;
import io.careops.scheduling.swap.service.ShiftSwaps;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/shift-swaps")
@Tag(name = "Shift swaps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftSwapResource {

    private final ShiftSwapService service;
    private final ShiftSwaps decisions;

    public ShiftSwapResource(ShiftSwapService service, ShiftSwaps decisions) {
        this.service = service;
        this.decisions = decisions;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "offerShiftSwap", summary = "Offer a shift to a colleague of the same home, alone or for one"
            + " of their shifts in return; a staff-only caller offers their own shifts")
    @APIResponseSchema(value = ShiftSwapResponse.class, responseCode = "201", responseDescription = "Offered")
    public Response offer(@Valid @NotNull ShiftSwapRequest request, UriInfo uri) {
        ShiftSwap swap = service.offer(request.shiftId(), request.toStaffId(), request.returnShiftId(), request.note());
        return Response.created(uri.getAbsolutePathBuilder().path(swap.id().toString()).build())
                .entity(ShiftSwapResponse.of(swap)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listShiftSwaps", summary = "Swaps in the caller's care homes, oldest first; a staff-only"
            + " caller lists the swaps they are part of")
    public Page<ShiftSwapResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("state") ShiftSwap.State state) {
        return service.list(page, new SwapRepositories.Swaps.Criteria(careHomeId, state, null), ShiftSwapResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getShiftSwap", summary = "One swap with its history; another person's answers 404 to a"
            + " staff-only caller")
    public ShiftSwapResponse get(@PathParam("id") UUID id) {
        return ShiftSwapResponse.of(service.view(id));
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "acceptShiftSwap", summary = "The colleague offered the swap accepts it: working time, role"
            + " and shift type, absence, overlap and certifications are checked for both as if the swap were done (422"
            + " lists every failure); approved at once when the home's swap policy auto-approves")
    public ShiftSwapResponse accept(@PathParam("id") UUID id) {
        return ShiftSwapResponse.of(decisions.accept(id));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "declineShiftSwap", summary = "The colleague offered the swap declines it")
    public ShiftSwapResponse decline(@PathParam("id") UUID id) {
        return ShiftSwapResponse.of(service.decline(id));
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "cancelShiftSwap", summary = "The person who offered it (or a manager) withdraws a swap not"
            + " yet approved")
    public ShiftSwapResponse cancel(@PathParam("id") UUID id) {
        return ShiftSwapResponse.of(service.cancel(id));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "approveShiftSwap", summary = "A manager approves an accepted swap: checked again, then the"
            + " shifts change hands")
    public ShiftSwapResponse approve(@PathParam("id") UUID id, @Valid SwapDecisionRequest request) {
        return ShiftSwapResponse.of(decisions.approve(id, request == null ? null : request.note()));
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "rejectShiftSwap", summary = "A manager rejects an accepted swap")
    public ShiftSwapResponse reject(@PathParam("id") UUID id, @Valid SwapDecisionRequest request) {
        return ShiftSwapResponse.of(service.reject(id, request == null ? null : request.note()));
    }

    @GET
    @Path("/policies/{careHomeId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getSwapPolicy", summary = "A home's swap policy (auto-approve off unless set)")
    public ShiftSwapResponse.Policy policy(@PathParam("careHomeId") UUID careHomeId) {
        return ShiftSwapResponse.Policy.of(service.policy(careHomeId));
    }

    @PUT
    @Path("/policies/{careHomeId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "setSwapPolicy", summary = "Set a home's swap policy: approve swaps automatically when every"
            + " check passes")
    public ShiftSwapResponse.Policy setPolicy(@PathParam("careHomeId") UUID careHomeId,
            @Valid @NotNull SwapPolicyRequest request) {
        return ShiftSwapResponse.Policy.of(service.setPolicy(careHomeId, request.autoApprove()));
    }
}
