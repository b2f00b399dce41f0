package io.careops.compliance.dashboard;

import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(operationId = "getDashboard", summary = "A care home's compliance on asOf (default today): counts by status, expiring in 30/60/90 days, "
            + "expired critical certifications, compliance per type and the training matrix")
    public DashboardResponse dashboard(@QueryParam("careHomeId") @NotNull UUID careHomeId, @QueryParam("asOf") LocalDate asOf) {
        return dashboards.dashboard(careHomeId,
                asOf == null ? LocalDate.now(clock.withZone(io.careops.compliance.certification.service.CertificationService.UK)) : asOf);
    }
}
