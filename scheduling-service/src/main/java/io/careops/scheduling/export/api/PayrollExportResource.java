package io.careops.scheduling.export.api;

import io.careops.platform.export.Csv;
import io.careops.platform.security.Roles;
import io.careops.scheduling.report.service.ReportService;
import io.careops.scheduling.report.service.ReportService.Payroll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
 * Paid minutes per person over a pay period (at most 31 rota days) with the overtime and agency
 * split, for payroll: admins and managers of the home only (pay is not an inspector's business).
 */
@Path("/exports/payroll")
@Tag(name = "Exports")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class PayrollExportResource {

    private final ReportService reports;

    public PayrollExportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportPayrollCsv", summary = "Paid minutes per person over the rota days from/to (at most 31)"
            + " as CSV: staff by staff number, then agency workers; actual hours where recorded; overtime as in the"
            + " overtime report (shifts flagged overtime)")
    @APIResponse(responseCode = "200", description = "The payroll as CSV (UTF-8, RFC 4180)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        Payroll payroll = reports.payroll(careHomeId, from, to);
        return ReportFiles.download(payroll.fileName(), out -> ReportFiles.payroll(payroll, out));
    }

    @GET
    @Path("/json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportPayrollJson", summary = "The same payroll as JSON, with the totals")
    @APIResponse(responseCode = "200", description = "The payroll",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollResponse.class)))
    public Response json(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        Payroll payroll = reports.payroll(careHomeId, from, to);
        return Response.ok(PayrollResponse.of(payroll), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + payroll.fileName() + ".json\"").build();
    }
}
