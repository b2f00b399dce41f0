package io.careops.scheduling.absence.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.absence.domain.AbsenceRepository;
import io.careops.scheduling.absence.domain.AbsenceState;
import io.careops.scheduling.absence.domain.AbsenceType;
import io.careops.scheduling.absence.service.AbsenceService;
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
import java.time.LocalDate;
import java.util.UUID;
import io.careops.platform.problem.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/absences")
@Tag(name = "Absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AbsenceResource {

    private final AbsenceService service;

    public AbsenceResource(AbsenceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listAbsences", summary = "Absences in the caller's care homes touching the days from/to (inclusive), by first day")
    public Page<AbsenceResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("staffId") UUID staffId, @QueryParam("state") AbsenceState state,
            @QueryParam("type") AbsenceType type, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return service.list(page, new AbsenceRepository.Criteria(careHomeId, staffId, state, type, from, to),
                AbsenceResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getAbsence", summary = "One absence; 404 outside the caller's care homes")
    public AbsenceResponse get(@PathParam("id") UUID id) {
        return AbsenceResponse.of(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "createAbsence", summary = "Record an absence request; a staff-only caller requests annual leave, training or other"
            + " leave for themselves (another person: 404)")
    @APIResponseSchema(value = AbsenceResponse.class, responseCode = "201", responseDescription = "Requested")
    public Response request(@Valid @NotNull AbsenceRequest request, UriInfo uri) {
        AbsenceResponse created = AbsenceResponse.of(service.request(request.staffId(), request.type(),
                request.firstDay(), request.lastDay(), request.notes(), request.leaveHours(),
                request.blackoutOverrideReason()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createAbsences", summary = "Record up to 500 absence requests all or nothing under the rules of"
            + " createAbsence (each REQUESTED; decide them with decideAbsences); 422 lists every failing entry as"
            + " absences[i].field, and none is recorded")
    @APIResponse(responseCode = "201", description = "Recorded, in request order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AbsenceResponse.class)))
    public Response requestAll(@Valid @NotNull BulkAbsenceRequest request) {
        List<AbsenceResponse> created = service.requestAll(request.toRequests()).stream().map(AbsenceResponse::of).toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "decideAbsence", summary = "Approve, decline or cancel (a staff-only caller may only withdraw their own REQUESTED one); 409 for a move the lifecycle does not allow (listing those it does) "
            + "or an approval over shifts the person still holds")
    public AbsenceResponse decide(@PathParam("id") UUID id, @Valid @NotNull AbsenceDecision decision) {
        return AbsenceResponse.of(service.decide(id, decision.state(), decision.blackoutOverrideReason(), decision.reason()));
    }

    @POST
    @Path("/decisions")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "decideAbsences", summary = "Approve or decline many requests at once, all or nothing:"
            + " 422 lists every absence that cannot move as absenceIds[i], and none is decided")
    @APIResponse(responseCode = "200", description = "Every absence decided, in the order given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AbsenceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Some cannot be decided (each named); none was",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AbsenceResponse> decideAll(@Valid @NotNull BulkDecisionRequest request) {
        return service.decideAll(request.absenceIds(), request.state(), request.blackoutOverrideReason(), request.reason()).stream()
                .map(AbsenceResponse::of).toList();
    }
}
