package io.careops.scheduling.report.api;

import io.careops.platform.security.Roles;
import io.careops.scheduling.report.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Path("/overtime")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getOvertimeReport", summary = "Overtime per person over the rota days from/to (inclusive, at most 366): hours, shifts, share, "
            + "cost where the rate is known, totals against the prorated monthly budget, Gini and top-5 share")
    public OvertimeReportResponse overtime(@QueryParam("careHomeId") @NotNull UUID careHomeId,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return OvertimeReportResponse.of(service.overtime(careHomeId, from, to));
    }

    @GET
    @Path("/agency")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getAgencyReport", summary = "Agency hours and spend per company and unit over the rota days from/to, against the prorated "
            + "monthly agency budget")
    public AgencyReportResponse agency(@QueryParam("careHomeId") @NotNull UUID careHomeId,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return AgencyReportResponse.of(service.agency(careHomeId, from, to));
    }
}
