package io.careops.compliance.dashboard;

import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/dashboard")
@Tag(name = "Compliance dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final DashboardService dashboards;
    private final Clock clock;

    public DashboardResource(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getDashboard",
            summary = "A care home's compliance on asOf (default today): counts by status, expiring in 30/60/90 days, "
            + "a page (?page, ?size) of expired critical certifications, and compliance per type; the training matrix "
            + "is its own paged list, GET /dashboard/training-matrix")
    public DashboardResponse dashboard(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("asOf") LocalDate asOf,
            @BeanParam @Valid PageRequest page) {
        return dashboards.dashboard(careHomeId, asOf == null ? today() : asOf, page);
    }

    @GET
    @Path("/training-matrix")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getTrainingMatrix",
            summary = "A care home's training matrix on asOf (default today), a page of staff (?page, ?size) by name: "
            + "for each person, the status of every certification type mandatory for their role")
    @APIResponse(responseCode = "200", description = "A page of the matrix",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DashboardResponse.Matrix.class)))
    public DashboardResponse.Matrix trainingMatrix(@QueryParam("careHomeId") @NotNull UUID careHomeId,
            @QueryParam("asOf") LocalDate asOf, @BeanParam @Valid PageRequest page) {
        return dashboards.matrix(careHomeId, asOf == null ? today() : asOf, page);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(io.careops.compliance.certification.service.CertificationService.UK));
    }
}
