package io.careops.compliance.report;

import io.careops.compliance.certification.service.CertificationService;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/reports/training")
@Tag(name = "Care Inspectorate returns")
public class TrainingReturnResource {

    static final String CSV = "text/csv";

    private final TrainingReturnService returns;
    private final Clock clock;

    public TrainingReturnResource(TrainingReturnService returns, Clock clock) {
        this.returns = returns;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getTrainingReturn", summary = "Care Inspectorate training return of a home on asOf (default today), as JSON or CSV "
            + "(Accept: text/csv or ?format=csv)")
    @APIResponse(responseCode = "200", description = "The return, as JSON or CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingReturn.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response training(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        LocalDate day = asOf == null ? LocalDate.now(clock.withZone(CertificationService.UK)) : asOf;
        TrainingReturn report = returns.of(careHomeId, day);
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains(CSV)
                && !accept.contains(MediaType.APPLICATION_JSON));
        if (csv) {
            return Response.ok(TrainingReturnCsv.of(report), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"training-return-" + careHomeId + "-" + day + ".csv\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
