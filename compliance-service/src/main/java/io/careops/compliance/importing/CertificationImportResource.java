package io.careops.compliance.importing;

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

/** Admin-only import of legacy certifications, each under its legacy key; {@code ?dryRun=true} writes nothing. */
@Path("/import")
@Tag(name = "Legacy import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationImportResource {

    private final CertificationImportService service;

    public CertificationImportResource(CertificationImportService service) {
        this.service = service;
    }

    @GET
    @Path("/reconciliation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reconcileLegacyCompliance",
            summary = "Imported certifications per home by type and status on a day")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = ReconciliationResponse.class)))
    public ReconciliationResponse reconciliation(@QueryParam("asOf") LocalDate asOf) {
        return service.reconciliation(asOf);
    }

    @POST
    @Path("/certifications")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importLegacyCertifications",
            summary = "Import legacy staff certifications with their alert history; findings name what was mapped")
    @APIResponse(responseCode = "200", description = "One outcome per record, in the order sent",
            content = @Content(schema = @Schema(implementation = ImportBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "A record is malformed; nothing written",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The batch broke a constraint; nothing written",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ImportBatchResponse certifications(
            @NotNull @Size(max = 1000) List<@Valid @NotNull CertificationImport> records,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return service.certifications(records, dryRun);
    }
}
