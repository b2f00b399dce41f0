package io.careops.scheduling.workingtime.api;

import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.service.StaffService;
import io.careops.scheduling.support.Period;
import io.careops.scheduling.workingtime.service.ShiftsToJudge;
import io.careops.scheduling.workingtime.service.WorkingTimeReportService;
import io.careops.scheduling.workingtime.service.WorkingTimeService;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

@Path("/working-time")
@Tag(name = "Working time", description = "UK Working Time Regulations 1998: checks, standing, breaches, compensatory rest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkingTimeResource {

    private final ShiftsToJudge shifts;
    private final StaffService staff;
    private final WorkingTimeService workingTime;
    private final WorkingTimeReportService reports;

    public WorkingTimeResource(ShiftsToJudge shifts, StaffService staff, WorkingTimeService workingTime,
            WorkingTimeReportService reports) {
        this.shifts = shifts;
        this.staff = staff;
        this.workingTime = workingTime;
        this.reports = reports;
    }

    @POST
    @Path("/check")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "checkWorkingTime", summary = "Whether a staff member may work an existing or proposed shift: each violation and warning"
            + " with its regulation, figures and shifts, and the compensatory rest it would create")
    public CheckResponse check(@Valid @NotNull CheckRequest request) {
        var check = shifts.check(request.staffId(), request.shiftId(), request.toProposal());
        return CheckResponse.of(request.staffId(), check.shiftId(), request.shiftId() == null, check.assessment(),
                workingTime.today(staff.view(request.staffId())));
    }

    @GET
    @Path("/staff/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getStaffWorkingTime", summary = "Where a staff member stands on asOf (default today): rolling average, this week's hours,"
            + " (a staff-only caller: themselves only)"
            + " last daily and weekly rest, opt-out, findings over the reference period, compensatory rest owed")
    public StaffWorkingTimeResponse standing(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
        Staff member = staff.view(id);
        LocalDate today = workingTime.today(member);
        LocalDate day = asOf == null ? today : asOf;
        return StaffWorkingTimeResponse.of(workingTime.standing(member, day), day, today);
    }

    @POST
    @Path("/staff/{id}/compensatory-rest")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "recordCompensatoryRest", summary = "Record that compensatory rest owed (key and arisesOn from the owed list) was given")
    @APIResponseSchema(value = StaffWorkingTimeResponse.RestGivenResponse.class, responseCode = "201", responseDescription = "Recorded")
    @Extension(name = "x-careops-no-location", value = "true") // a record of the staff member, not a resource of its own
    public Response restGiven(@PathParam("id") UUID id, @Valid @NotNull RestGivenRequest request) {
        Staff member = staff.get(id);
        var given = workingTime.recordRestGiven(member, request.key(), request.arisesOn(), request.givenOn(),
                request.note());
        return Response.status(Response.Status.CREATED)
                .entity(StaffWorkingTimeResponse.RestGivenResponse.of(given)).build();
    }

    @GET
    @Path("/overrides")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "listWorkingTimeOverrides", summary = "Managers' overrides of working-time violations on a shift: who, when, why, and what")
    public List<OverrideResponse> overrides(@QueryParam("shiftId") @NotNull UUID shiftId) {
        shifts.requireVisible(shiftId); // 404 outside the caller's homes
        return workingTime.overrides(shiftId).stream().map(OverrideResponse::of).toList();
    }

    public record OverrideResponse(UUID id, UUID shiftId, UUID staffId, String reason, String violations,
            String overriddenBy, java.time.Instant createdAt) {

        static OverrideResponse of(io.careops.scheduling.workingtime.domain.WorkingTimeOverride override) {
            return new OverrideResponse(override.id(), override.shiftId(), override.staffId(), override.reason(),
                    override.violations(), override.overriddenBy(), override.createdAt());
        }
    }

    @GET
    @Path("/report")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getWorkingTimeReport", summary = "Every working-time breach and compensatory-rest shortfall in a care home (or, without"
            + " careHomeId, every home the caller sees) on the days from-to, each naming the person and the shifts")
    public WorkingTimeReportResponse report(@QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
            @QueryParam("includeWarnings") Boolean includeWarnings, @BeanParam @Valid PageRequest page) {
        Period period = Period.report(from, to);
        return WorkingTimeReportResponse.of(careHomeId, period, reports.judge(careHomeId, period),
                Boolean.TRUE.equals(includeWarnings), page);
    }
}
