package io.careops.scheduling.importing.api;

import io.careops.platform.importing.ImportBatchResponse;
import io.careops.platform.problem.Problem;
import io.careops.platform.security.Roles;
import io.careops.scheduling.importing.api.SchedulingImports.AgencyCompanyImport;
import io.careops.scheduling.importing.api.SchedulingImports.CareHomeImport;
import io.careops.scheduling.importing.api.SchedulingImports.RoleImport;
import io.careops.scheduling.importing.api.SchedulingImports.ShiftImport;
import io.careops.scheduling.importing.api.SchedulingImports.ShiftTypeImport;
import io.careops.scheduling.importing.api.SchedulingImports.StaffImport;
import io.careops.scheduling.importing.api.SchedulingImports.UnitImport;
import io.careops.scheduling.importing.service.SchedulingImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import io.careops.platform.importing.ReconciliationResponse;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin-only import of legacy records: history is stored as it happened, each record under its
 * legacy key. A batch (at most {@value #MAX_BATCH} records) is written wholly or not at all;
 * {@code ?dryRun=true} decides the same and writes nothing.
 */
@Path("/import")
@Tag(name = "Legacy import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@APIResponse(responseCode = "200", description = "One outcome per record, in the order sent",
        content = @Content(schema = @Schema(implementation = ImportBatchResponse.class)))
@APIResponse(responseCode = "400", description = "A record is malformed; nothing written",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an administrator",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "The batch broke a constraint; nothing written",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class SchedulingImportResource {

    public static final int MAX_BATCH = 1000;

    private final SchedulingImportService service;
    private final io.careops.scheduling.importing.service.WorkingTimeReview review;

    public SchedulingImportResource(SchedulingImportService service,
            io.careops.scheduling.importing.service.WorkingTimeReview review) {
        this.service = service;
        this.review = review;
    }

    @POST
    @Path("/working-time-review")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "reviewImportedWorkingTime",
            summary = "Judge imported shifts against today's working-time limits and flag each violation on the shifts it names"
                    + " (kept as they happened); a page of people at a time, ordered, so a stopped run resumes")
    @APIResponse(responseCode = "200", description = "The page judged, and the findings it recorded",
            content = @Content(schema = @Schema(implementation = WorkingTimeReviewResponse.class)))
    public WorkingTimeReviewResponse reviewWorkingTime(
            @QueryParam("page") @DefaultValue("0") @jakarta.validation.constraints.PositiveOrZero
            @jakarta.validation.constraints.Max(100_000) int page,
            @QueryParam("size") @DefaultValue("200") @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(io.careops.scheduling.importing.service.WorkingTimeReview.MAX_PAGE_SIZE) int size) {
        return WorkingTimeReviewResponse.of(review.review(page, size));
    }

    @GET
    @Path("/reconciliation")
    @Operation(operationId = "reconcileLegacyScheduling",
            summary = "Figures per home over the imported records: staff, shifts by classification and status, paid hours per month")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = ReconciliationResponse.class)))
    public ReconciliationResponse reconciliation(@QueryParam("asOf") LocalDate asOf) {
        return service.reconciliation(asOf);
    }

    @POST
    @Path("/roles")
    @Operation(operationId = "importLegacyRoles", summary = "Link legacy roles to the role catalogue")
    public ImportBatchResponse roles(@NotNull @Size(max = MAX_BATCH) List<@Valid @NotNull RoleImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.roles(records, dryRun);
    }

    @POST
    @Path("/care-homes")
    @Operation(operationId = "importLegacyCareHomes", summary = "Import legacy care homes")
    public ImportBatchResponse careHomes(@NotNull @Size(max = MAX_BATCH) List<@Valid @NotNull CareHomeImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.careHomes(records, dryRun);
    }

    @POST
    @Path("/units")
    @Operation(operationId = "importLegacyUnits", summary = "Import legacy units")
    public ImportBatchResponse units(@NotNull @Size(max = MAX_BATCH) List<@Valid @NotNull UnitImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.units(records, dryRun);
    }

    @POST
    @Path("/shift-types")
    @Operation(operationId = "importLegacyShiftTypes",
            summary = "Link legacy shift types to the catalogue, creating those it lacks from the export")
    public ImportBatchResponse shiftTypes(@NotNull @Size(max = MAX_BATCH) List<@Valid @NotNull ShiftTypeImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.shiftTypes(records, dryRun);
    }

    @POST
    @Path("/agency-companies")
    @Operation(operationId = "importLegacyAgencyCompanies", summary = "Import legacy agency companies")
    public ImportBatchResponse agencyCompanies(
            @NotNull @Size(max = MAX_BATCH) List<@Valid @NotNull AgencyCompanyImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.agencyCompanies(records, dryRun);
    }

    @POST
    @Path("/staff")
    @Operation(operationId = "importLegacyStaff", summary = "Import legacy users as staff, keyed by staff number")
    public ImportBatchResponse staff(@NotNull @Size(max = MAX_BATCH) List<@Valid @NotNull StaffImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.staff(records, dryRun);
    }

    @POST
    @Path("/shifts")
    @Operation(operationId = "importLegacyShifts",
            summary = "Import legacy shifts as they happened; what today's rules would refuse is flagged")
    public ImportBatchResponse shifts(@NotNull @Size(max = MAX_BATCH) List<@Valid @NotNull ShiftImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.shifts(records, dryRun);
    }
}
