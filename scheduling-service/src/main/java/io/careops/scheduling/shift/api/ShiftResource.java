package io.careops.scheduling.shift.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.shift.domain.Classification;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.service.ShiftMetrics;
import io.careops.scheduling.shift.service.ShiftService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/shifts")
@Tag(name = "Shifts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftResource {

    private final ShiftService service;
    private final ShiftMetrics metrics;

    public ShiftResource(ShiftService service, ShiftMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listShifts", summary = "List shifts in the caller's care homes, in start order; from/to are rota days, inclusive")
    public Page<ShiftResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("unitId") UUID unitId, @QueryParam("staffId") UUID staffId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("status") ShiftStatus status, @QueryParam("classification") Classification classification,
            @QueryParam("overtime") Boolean overtime, @QueryParam("open") Boolean open) {
        return service.list(page, new ShiftRepository.Criteria(careHomeId, unitId, staffId, from, to, status,
                classification, overtime, open), ShiftResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getShift", summary = "One shift; 404 outside the caller's care homes")
    public ShiftResponse get(@PathParam("id") UUID id) {
        return respond(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createShift", summary = "Plan a shift: 409 naming the clash when the person already works then, 422 for a broken rule")
    @APIResponseSchema(value = ShiftResponse.class, responseCode = "201", responseDescription = "Planned")
    public Response plan(@Valid @NotNull ShiftRequest request, UriInfo uri) {
        Shift shift = service.plan(request.toPlan());
        metrics.created(List.of(shift));
        ShiftResponse created = respond(shift);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createShifts", summary = "Plan many shifts (e.g. a week's rota) all or nothing; 422 lists every failing item as shifts[i].field")
    @APIResponse(responseCode = "201", description = "Planned, in request order", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ShiftResponse.class)))
    public Response planAll(@Valid @NotNull BulkShiftRequest request) {
        List<Shift> planned = service.planAll(request.shifts().stream().map(ShiftRequest::toPlan).toList());
        metrics.created(planned);
        ShiftService.Labels labels = service.labels(planned);
        List<ShiftResponse> created = planned.stream().map(shift -> ShiftResponse.of(shift, labels)).toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "assignShift", summary = "Fill an open shift, or hand it to someone else, under the planning rules and the working-time"
            + " check: violations answer 422 listing them unless workingTimeOverrideReason is given")
    public ShiftResponse assign(@PathParam("id") UUID id, @Valid @NotNull AssignmentRequest request) {
        return respond(service.assign(id, request.staffId(), request.workingTimeOverrideReason()));
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "confirmShift", summary = "Confirm a planned shift")
    public ShiftResponse confirm(@PathParam("id") UUID id) {
        return respond(service.confirm(id));
    }

    @POST
    @Path("/{id}/worked")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "recordShiftWorked", summary = "Record that the shift was worked (only once it has ended)")
    public ShiftResponse worked(@PathParam("id") UUID id) {
        return respond(service.markWorked(id));
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "cancelShift", summary = "Cancel a shift; it stays in history")
    public ShiftResponse cancel(@PathParam("id") UUID id) {
        return respond(service.cancel(id));
    }

    private ShiftResponse respond(Shift shift) {
        return ShiftResponse.of(shift, service.labels(List.of(shift)));
    }
}
