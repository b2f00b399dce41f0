package io.careops.scheduling.export.api;

import io.careops.platform.export.Csv;
import io.careops.platform.security.Roles;
import io.careops.scheduling.export.service.RotaExportService;
import io.careops.scheduling.export.service.RotaExportService.Rota;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The rota of a home or a unit for a week or a month (at most 31 days) as a download: CSV, an
 * Excel workbook or a printable PDF. The rota is read in one transaction and then written to the
 * response as it is formatted.
 */
@Path("/exports/rota")
@Tag(name = "Exports")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
public class RotaExportResource {

    private final RotaExportService rotas;

    public RotaExportResource(RotaExportService rotas) {
        this.rotas = rotas;
    }

    @GET
    @Path("/csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportRotaCsv", summary = "The rota of a home (or one unit with unitId) from/to, at most 31 days,"
            + " as CSV: one line per shift that is not cancelled, by day, unit and start; open shifts say OPEN")
    @APIResponse(responseCode = "200", description = "The rota as CSV (UTF-8, RFC 4180)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("unitId") UUID unitId,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        Rota rota = rotas.rota(careHomeId, unitId, from, to);
        return download(rota, Csv.MEDIA_TYPE + "; charset=UTF-8", "csv", out -> RotaFiles.csv(rota, out));
    }

    @GET
    @Path("/xlsx")
    @Produces(RotaFiles.XLSX)
    @Operation(operationId = "exportRotaXlsx", summary = "The same rota as an Excel workbook (one sheet, dates as dates,"
            + " hours as numbers, the total paid hours at the foot)")
    @APIResponse(responseCode = "200", description = "The rota as an Excel workbook",
            content = @Content(mediaType = RotaFiles.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("unitId") UUID unitId,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        Rota rota = rotas.rota(careHomeId, unitId, from, to);
        return download(rota, RotaFiles.XLSX, "xlsx", out -> RotaFiles.xlsx(rota, out));
    }

    @GET
    @Path("/pdf")
    @Produces(RotaFiles.PDF)
    @Operation(operationId = "exportRotaPdf", summary = "The same rota as a printable PDF (A4 landscape, a table per day)")
    @APIResponse(responseCode = "200", description = "The rota as a PDF",
            content = @Content(mediaType = RotaFiles.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("unitId") UUID unitId,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        Rota rota = rotas.rota(careHomeId, unitId, from, to);
        return download(rota, RotaFiles.PDF, "pdf", out -> RotaFiles.pdf(rota, out));
    }

    private static Response download(Rota rota, String type, String extension, StreamingOutput body) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + rota.fileName() + "." + extension + "\"").build();
    }
}
