package io.careops.scheduling.export.api;

import io.careops.platform.export.Csv;
import io.careops.platform.security.Roles;
import io.careops.scheduling.report.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The overtime and agency reports (GET /reports/overtime, /reports/agency) as CSV: the same
 * figures, from the same calculation.
 */
@Path("/exports")
@Tag(name = "Exports")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
public class ReportExportResource {

    private final ReportService reports;

    public ReportExportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/overtime/csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportOvertimeCsv", summary = "Overtime per person over the rota days from/to (at most 366) as CSV, as in getOvertimeReport:"
            + " people with overtime, most hours first")
    @APIResponse(responseCode = "200", description = "The overtime report as CSV (UTF-8, RFC 4180)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response overtime(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        var report = reports.overtime(careHomeId, from, to);
        return ReportFiles.download(fileName("overtime", report.home().code(), from, to),
                out -> ReportFiles.overtime(report, out));
    }

    @GET
    @Path("/agency/csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportAgencyCsv", summary = "Agency hours and spend over the rota days from/to (at most 366) as CSV, as in getAgencyReport:"
            + " a line per company (by=company), then per unit (by=unit)")
    @APIResponse(responseCode = "200", description = "The agency report as CSV (UTF-8, RFC 4180)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response agency(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        var report = reports.agency(careHomeId, from, to);
        return ReportFiles.download(fileName("agency", report.home().code(), from, to),
                out -> ReportFiles.agency(report, out));
    }

    private static String fileName(String report, String homeCode, LocalDate from, LocalDate to) {
        return report + "-" + homeCode.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + from + "-" + to;
    }
}
