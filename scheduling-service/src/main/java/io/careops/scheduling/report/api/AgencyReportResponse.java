package io.careops.scheduling.report.api;

import io.careops.scheduling.report.service.ReportService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Agency hours and spend per company and per unit, against the prorated agency budget. */
public record AgencyReportResponse(UUID careHomeId, LocalDate from, LocalDate to, List<ReportService.Line> companies,
        List<ReportService.Line> units, Totals totals) {

    @Schema(name = "AgencyTotals")
    public record Totals(int agencyShifts, BigDecimal agencyHours, BigDecimal allHours, @Schema(nullable = true) BigDecimal agencyShareOfHours,
            BigDecimal spend, BigDecimal budget, @Schema(nullable = true) BigDecimal budgetUsed) {
    }

    static AgencyReportResponse of(ReportService.AgencyReport report) {
        return new AgencyReportResponse(report.home().id(), report.from(), report.to(), report.companies(),
                report.units(), new Totals(report.agencyShifts(), report.agencyHours(), report.allHours(),
                        OvertimeReportResponse.ratio(report.agencyHours(), report.allHours()), report.spend(),
                        report.budget(), OvertimeReportResponse.ratio(report.spend(), report.budget())));
    }
}
