package io.careops.scheduling.offer.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.Problem;
import io.careops.platform.security.Roles;
import io.careops.scheduling.offer.domain.OpenShiftOffer;
import io.careops.scheduling.offer.domain.OpenShiftOfferRepository;
import io.careops.scheduling.offer.service.OpenShiftClaims;
import io.careops.scheduling.offer.service.OpenShiftOfferService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/open-shift-offers")
@Tag(name = "Open-shift offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpenShiftOfferResource {

    private final OpenShiftOfferService service;
    private final OpenShiftClaims claims;

    public OpenShiftOfferResource(OpenShiftOfferService service, OpenShiftClaims claims) {
        this.service = service;
        this.claims = claims;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "offerOpenShift", summary = "Offer an open shift to the eligible staff of its home, ranked as"
            + " the rota-health suggestions are (eligibility policy, then the working-time engine); 422 when the shift"
            + " is not open or no one more is eligible")
    @APIResponseSchema(value = OpenShiftOffersResponse.class, responseCode = "201", responseDescription = "Offered")
    public Response offer(@Valid @NotNull OpenShiftOfferRequest request, UriInfo uri) {
        var made = service.offer(request.shiftId(), request.limit() == null ? 5 : request.limit(), request.expiresAt());
        OpenShiftOffersResponse body = new OpenShiftOffersResponse(request.shiftId(),
                made.stream().map(OpenShiftOfferResponse::of).toList());
        return Response.created(uri.getAbsolutePathBuilder().queryParam("shiftId", request.shiftId()).build())
                .entity(body).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listOpenShiftOffers", summary = "Offers in the caller's care homes, oldest first; a"
            + " staff-only caller lists the offers made to them")
    public Page<OpenShiftOfferResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("shiftId") UUID shiftId,
            @QueryParam("staffId") UUID staffId, @QueryParam("state") OpenShiftOffer.State state) {
        return service.list(page, new OpenShiftOfferRepository.Criteria(shiftId, staffId, state),
                OpenShiftOfferResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getOpenShiftOffer", summary = "One offer; another person's answers 404 to a staff-only caller")
    public OpenShiftOfferResponse get(@PathParam("id") UUID id) {
        return OpenShiftOfferResponse.of(service.view(id));
    }

    @POST
    @Path("/{id}/claim")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "claimOpenShiftOffer", summary = "Claim an open shift offered to the caller: the first valid"
            + " claim wins and the shift is assigned to them under every rule of assignment (certifications included);"
            + " a later claim answers 409, as does a claim of a withdrawn or expired offer or of a shift that has started")
    @APIResponse(responseCode = "200", description = "Claimed: the shift is the caller's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenShiftOfferResponse.class)))
    @APIResponse(responseCode = "409", description = "Someone else claimed it first, or the offer ended (withdrawn,"
            + " expired, or the shift has started)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The caller may not work it (working time, certification...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpenShiftOfferResponse claim(@PathParam("id") UUID id) {
        return OpenShiftOfferResponse.of(claims.claim(id));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "withdrawOpenShiftOffer", summary = "Withdraw an open offer: it can no longer be claimed"
            + " (a claim answers 409 saying it was withdrawn); 409 if it was already claimed, taken or withdrawn")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenShiftOfferResponse.class)))
    @APIResponse(responseCode = "404", description = "No such offer the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The offer was already claimed, taken or withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpenShiftOfferResponse withdraw(@PathParam("id") UUID id) {
        return OpenShiftOfferResponse.of(service.withdraw(id));
    }
}
