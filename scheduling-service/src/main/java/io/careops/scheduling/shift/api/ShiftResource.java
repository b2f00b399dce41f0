package io.careops.scheduling.shift.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.actualhours.api.ActualHoursRequest;
import io.careops.scheduling.actualhours.api.ActualHoursResponse;
import io.careops.scheduling.actualhours.service.ActualHoursService;
import io.careops.scheduling.shift.domain.Classification;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.service.ShiftMetrics;
import io.careops.scheduling.shift.service.ShiftAssignments;
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
import io.careops.platform.problem.Problem;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.EntityTag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    private final ShiftAssignments assignments;
    private final ShiftMetrics metrics;
    private final ActualHoursService actualHours;

    public ShiftResource(ShiftService service, ShiftAssignments assignments, ShiftMetrics metrics,
            ActualHoursService actualHours) {
        this.service = service;
        this.assignments = assignments;
        this.metrics = metrics;
        this.actualHours = actualHours;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listShifts", summary = "List shifts in the caller's care homes, in start order; from/to are rota days, inclusive;"
            + " a staff-only caller lists their own shifts and open ones")
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
    @Operation(operationId = "getShift", summary = "One shift, with its version as the ETag; 404 outside the caller's care homes")
    @APIResponse(responseCode = "200", description = "The shift",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftResponse.class)))
    @APIResponse(responseCode = "404", description = "No such shift the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        ShiftResponse shift = respond(service.view(id));
        return Response.ok(shift).tag(etag(shift.version())).build();
    }

    private static EntityTag etag(long version) {
        return io.careops.platform.http.Versions.etag(version);
    }

    private static Long ifMatch(String header) {
        return io.careops.platform.http.Versions.ifMatch(header);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "changeShift", summary = "Edit a shift (times, unit, type, break, notes, unassign) under the"
            + " rules of planning one; If-Match (the ETag of GET) or version guard against a change made meanwhile")
    @APIResponse(responseCode = "200", description = "The shift as changed, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such shift the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "version is stale, a clash, or the shift is cancelled or worked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale: someone else changed it first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A planning or working-time rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ShiftChangeRequest request) {
        ShiftResponse changed = respond(assignments.change(id, request.toChange(), ifMatch(ifMatch),
                request.version()));
        return Response.ok(changed).tag(etag(changed.version())).build();
    }

    @POST
    @Path("/cancellations")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "cancelShifts", summary = "Cancel up to 500 shifts all or nothing; 422 names each that"
            + " cannot be cancelled as shiftIds[i]")
    @APIResponse(responseCode = "200", description = "The cancelled shifts, in the order given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ShiftResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Some cannot be cancelled; none was",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ShiftResponse> cancelAll(@Valid @NotNull BulkCancelRequest request) {
        return respondAll(service.cancelAll(request.shiftIds()));
    }

    @POST
    @Path("/week-copies")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "copyWeek", summary = "Copy a unit's or a home's week of live shifts to another week, all or"
            + " nothing under the planning rules (422 lists each failing copy as shifts[i])")
    @APIResponse(responseCode = "201", description = "The new shifts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ShiftResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such unit or home the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Copies that break a rule (none was made), or nothing to copy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response copyWeek(@Valid @NotNull WeekCopyRequest request) {
        List<Shift> copies = assignments.copyWeek(request.careHomeId(), request.unitId(), request.fromWeekStart(),
                request.toWeekStart(), request.withStaff() == null || request.withStaff());
        metrics.created(copies);
        return Response.status(Response.Status.CREATED).entity(respondAll(copies)).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createShift", summary = "Plan a shift: 409 naming the clash when the person already works then,"
            + " 422 for a broken rule (a lapsed mandatory certification among them, unless certificationOverrideReason)")
    @APIResponseSchema(value = ShiftResponse.class, responseCode = "201", responseDescription = "Planned")
    public Response plan(@Valid @NotNull ShiftRequest request, UriInfo uri) {
        Shift shift = assignments.plan(request.toPlan());
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
        List<Shift> planned = assignments.planAll(request.shifts().stream().map(ShiftRequest::toPlan).toList());
        metrics.created(planned);
        ShiftService.Labels labels = service.labels(planned);
        List<ShiftResponse> created = planned.stream().map(shift -> ShiftResponse.of(shift, labels)).toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "assignShift", summary = "Fill an open shift, or hand it to someone else, under the planning rules and the working-time"
            + " check: violations answer 422 listing them unless workingTimeOverrideReason is given; a mandatory"
            + " certification lapsed on the day answers 422 naming it unless certificationOverrideReason is given;"
            + " when compliance cannot answer, the assignment goes through with certificationWarning set")
    public ShiftResponse assign(@PathParam("id") UUID id, @Valid @NotNull AssignmentRequest request) {
        return respond(assignments.assign(id, request.staffId(), request.workingTimeOverrideReason(),
                request.certificationOverrideReason()));
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

    /** Many shifts with their names looked up once for all of them, not once per shift. */
    private List<ShiftResponse> respondAll(List<Shift> shifts) {
        ShiftService.Labels labels = service.labels(shifts);
        return shifts.stream().map(shift -> ShiftResponse.of(shift, labels)).toList();
    }

    @PUT
    @Path("/{id}/actual-hours")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "recordActualHours", summary = "Record or correct when the shift really started and ended,"
            + " with the reason (a manager or admin of the home); working time, the overtime report and payroll use them")
    @APIResponse(responseCode = "200", description = "The shift's planned and actual hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActualHoursResponse.class)))
    @APIResponse(responseCode = "409", description = "The shift is cancelled or open")
    @APIResponse(responseCode = "422", description = "The end is not after the start, in the future, over 24 hours, or more than"
            + " 12 hours from the plan")
    public ActualHoursResponse recordActualHours(@PathParam("id") UUID id, @Valid @NotNull ActualHoursRequest request) {
        return ActualHoursResponse.of(actualHours.record(id, request.actualStart(), request.actualEnd(), request.reason()));
    }

    @POST
    @Path("/{id}/clock-in")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "clockIn", summary = "The person on the shift clocks in now: from 60 minutes before the planned"
            + " start until its end, once; someone else's shift answers 404 to a staff-only caller")
    @APIResponse(responseCode = "200", description = "The shift's planned and actual hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActualHoursResponse.class)))
    @APIResponse(responseCode = "409", description = "Already clocked in, or the shift is cancelled or open")
    @APIResponse(responseCode = "422", description = "Too early (before the window opens) or the shift has ended")
    public ActualHoursResponse clockIn(@PathParam("id") UUID id) {
        return ActualHoursResponse.of(actualHours.clockIn(id));
    }

    @POST
    @Path("/{id}/clock-out")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "clockOut", summary = "The person on the shift clocks out now, after clocking in, once")
    @APIResponse(responseCode = "200", description = "The shift's planned and actual hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActualHoursResponse.class)))
    @APIResponse(responseCode = "409", description = "Not clocked in, already clocked out, or the shift is cancelled or open")
    @APIResponse(responseCode = "422", description = "More than 24 hours after clock-in")
    public ActualHoursResponse clockOut(@PathParam("id") UUID id) {
        return ActualHoursResponse.of(actualHours.clockOut(id));
    }
}
