package io.careops.scheduling.report.api;

import io.careops.scheduling.report.service.ReportService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Overtime over a period: per person, totals against the prorated budget, and how evenly it is
 * spread. Hours are paid hours (less unpaid breaks); cost is hourly rate x multiplier x hours,
 * for people whose rate is known.
 */
public record OvertimeReportResponse(UUID careHomeId, LocalDate from, LocalDate to, BigDecimal overtimeMultiplier,
        List<Person> people, Totals totals, SpreadFigures spread) {

    public record Person(UUID staffId, String staffNumber, String name, BigDecimal overtimeHours, int overtimeShifts,
            BigDecimal totalHours, BigDecimal shareOfOvertime, @Schema(nullable = true) BigDecimal overtimeCost) {
    }

    @Schema(name = "OvertimeTotals")
    public record Totals(BigDecimal overtimeHours, int overtimeShifts, BigDecimal allHours,
            @Schema(nullable = true) BigDecimal overtimeShareOfHours, BigDecimal knownCost, int peopleWithoutRate, BigDecimal budget,
            @Schema(nullable = true) BigDecimal budgetUsed) {
    }

    /** Gini over everyone who worked in the period (zeros included); top five's share of overtime hours. */
    public record SpreadFigures(BigDecimal gini, BigDecimal topFiveShare, int peopleCounted) {
    }

    static OvertimeReportResponse of(ReportService.OvertimeReport report) {
        List<Person> people = report.people().stream()
                .map(row -> new Person(row.person().id(), row.person().staffNumber(), row.person().fullName(),
                        row.overtimeHours(), row.overtimeShifts(), row.totalHours(), row.shareOfOvertime(),
                        row.overtimeCost()))
                .toList();
        Totals totals = new Totals(report.overtimeHours(), report.overtimeShifts(), report.allHours(),
                ratio(report.overtimeHours(), report.allHours()), report.knownCost(), report.peopleWithoutRate(),
                report.budget(), ratio(report.knownCost(), report.budget()));
        return new OvertimeReportResponse(report.home().id(), report.from(), report.to(), report.multiplier(), people,
                totals, new SpreadFigures(report.gini(), report.topFiveShare(), report.peopleCounted()));
    }

    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 3, RoundingMode.HALF_UP);
    }
}
