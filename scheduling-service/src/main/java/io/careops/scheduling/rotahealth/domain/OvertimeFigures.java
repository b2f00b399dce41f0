package io.careops.scheduling.rotahealth.domain;

import io.careops.scheduling.report.domain.Budget;
import io.careops.scheduling.report.domain.Spread;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The overtime figures of the home's staffed shifts on the days, exactly as the overtime report
 * computes them: hours flagged overtime and all hours worked, each person's overtime and its cost
 * (rate x multiplier x hours, to the penny; unknown without a rate), the prorated budget and the
 * Gini coefficient of overtime hours over everyone who worked. Read by the overtime and fairness
 * scorers.
 */
record OvertimeFigures(List<Row> withOvertime, BigDecimal overtimeHours, BigDecimal allHours, BigDecimal knownCost,
        BigDecimal budget, BigDecimal gini, int peopleCounted) {

    /** One person with overtime: hours and cost (null without an hourly rate). */
    record Row(UUID staffId, RotaSnapshot.Person person, BigDecimal overtimeHours, BigDecimal cost) {

        String name() {
            return person == null ? "Staff member" : person.fullName();
        }

        String staffNumber() {
            return person == null ? "" : person.staffNumber();
        }
    }

    static OvertimeFigures of(RotaSnapshot snapshot, Days days) {
        List<RotaSnapshot.ShiftRow> worked = snapshot.homeShifts(days).stream().filter(shift -> shift.staffId() != null)
                .toList();
        Map<UUID, List<RotaSnapshot.ShiftRow>> byPerson = worked.stream()
                .collect(Collectors.groupingBy(RotaSnapshot.ShiftRow::staffId));
        BigDecimal multiplier = snapshot.home().overtimeMultiplier();
        List<Row> rows = byPerson.entrySet().stream().map(entry -> {
            RotaSnapshot.Person person = snapshot.people().get(entry.getKey());
            BigDecimal hours = Metrics.hours(entry.getValue().stream().filter(RotaSnapshot.ShiftRow::overtime).toList());
            BigDecimal cost = person == null || person.hourlyRate() == null ? null
                    : person.hourlyRate().multiply(multiplier).multiply(hours).setScale(2, RoundingMode.HALF_UP);
            return new Row(entry.getKey(), person, hours, cost);
        }).toList();
        List<Row> withOvertime = rows.stream().filter(row -> byPerson.get(row.staffId()).stream()
                        .anyMatch(RotaSnapshot.ShiftRow::overtime))
                .sorted(Comparator.comparing(Row::overtimeHours).reversed().thenComparing(Row::staffNumber))
                .toList();
        BigDecimal knownCost = withOvertime.stream().map(Row::cost).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OvertimeFigures(withOvertime,
                Metrics.hours(worked.stream().filter(RotaSnapshot.ShiftRow::overtime).toList()), Metrics.hours(worked),
                knownCost, Budget.forPeriod(snapshot.home().overtimeBudgetMonthly(), days.from(), days.to()),
                Spread.gini(rows.stream().map(Row::overtimeHours).toList()), rows.size());
    }
}
