package io.careops.incidentsafety.importing;

import io.careops.incidentsafety.importing.IncidentImports.ActionPlanImport;
import io.careops.incidentsafety.importing.IncidentImports.AnalysisImport;
import io.careops.incidentsafety.importing.IncidentImports.IncidentImport;
import io.careops.platform.importing.ImportBatchResponse;
import io.careops.platform.problem.Problem;
import io.careops.platform.security.Roles;
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

/** Admin-only import of legacy incidents, analyses and plans; {@code ?dryRun=true} writes nothing. */
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
public class IncidentImportResource {

    private final IncidentImportService service;

    public IncidentImportResource(IncidentImportService service) {
        this.service = service;
    }

    @GET
    @Path("/reconciliation")
    @Operation(operationId = "reconcileLegacyIncidents", summary = "Imported incidents and action plans per home by status")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = ReconciliationResponse.class)))
    public ReconciliationResponse reconciliation(@QueryParam("asOf") LocalDate asOf) {
        return service.reconciliation(asOf);
    }

    @POST
    @Path("/incidents")
    @Operation(operationId = "importLegacyIncidents", summary = "Import legacy incident reports, keeping their numbers")
    public ImportBatchResponse incidents(@NotNull @Size(max = 1000) List<@Valid @NotNull IncidentImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.incidents(records, dryRun);
    }

    @POST
    @Path("/analyses")
    @Operation(operationId = "importLegacyAnalyses", summary = "Import legacy root cause analyses")
    public ImportBatchResponse analyses(@NotNull @Size(max = 1000) List<@Valid @NotNull AnalysisImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.analyses(records, dryRun);
    }

    @POST
    @Path("/capas")
    @Operation(operationId = "importLegacyCapas",
            summary = "Import legacy corrective and preventive actions (CAPA-/HSAP- numbers become aliases)")
    public ImportBatchResponse capas(@NotNull @Size(max = 1000) List<@Valid @NotNull ActionPlanImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.plans(IncidentImportService.CAPA, records, dryRun);
    }

    @POST
    @Path("/action-plans")
    @Operation(operationId = "importLegacyActionPlans", summary = "Import legacy safety action plans (SAP- numbers are kept)")
    public ImportBatchResponse actionPlans(@NotNull @Size(max = 1000) List<@Valid @NotNull ActionPlanImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.plans(IncidentImportService.PLAN, records, dryRun);
    }
}
