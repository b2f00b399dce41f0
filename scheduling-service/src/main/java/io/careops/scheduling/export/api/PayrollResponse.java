package io.careops.scheduling.export.api;

import io.careops.scheduling.report.service.ReportService.PayLine;
import io.careops.scheduling.report.service.ReportService.Payroll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Paid minutes per person over the period with the overtime and agency split, and the totals. */
public record PayrollResponse(UUID careHomeId, String careHome, LocalDate from, LocalDate to, List<Line> lines,
        Totals totals) {

    /** kind STAFF (staffId, staffNumber, role, hourlyRate) or AGENCY (agency, agencyCost). */
    @Schema(name = "PayrollLine")
    public record Line(String kind, @Schema(nullable = true) UUID staffId, @Schema(nullable = true) String staffNumber,
            @Schema(nullable = true) String name, @Schema(nullable = true) String role, @Schema(nullable = true) String agency,
            int shifts, int shiftsWithActualHours, long paidMinutes, long regularMinutes, long overtimeMinutes,
            long agencyMinutes, BigDecimal paidHours, @Schema(nullable = true) BigDecimal hourlyRate,
            @Schema(nullable = true) BigDecimal agencyCost) {
    }

    @Schema(name = "PayrollTotals")
    public record Totals(int people, long paidMinutes, long regularMinutes, long overtimeMinutes, long agencyMinutes) {
    }

    static PayrollResponse of(Payroll payroll) {
        List<Line> lines = payroll.lines().stream().map(PayrollResponse::line).toList();
        return new PayrollResponse(payroll.home().id(), payroll.home().name(), payroll.from(), payroll.to(), lines,
                new Totals(lines.size(), payroll.total(PayLine::paidMinutes), payroll.total(PayLine::regularMinutes),
                        payroll.total(PayLine::overtimeMinutes), payroll.total(PayLine::agencyMinutes)));
    }

    private static Line line(PayLine line) {
        var person = line.person();
        return new Line(line.kind(), person == null ? null : person.id(), person == null ? null : person.staffNumber(),
                line.worker(), person == null ? null : person.roleCode(), line.agency(), line.shifts(),
                line.shiftsWithActualHours(), line.paidMinutes(), line.regularMinutes(), line.overtimeMinutes(),
                line.agencyMinutes(), line.paidHours(), line.hourlyRate(), line.agencyCost());
    }
}
