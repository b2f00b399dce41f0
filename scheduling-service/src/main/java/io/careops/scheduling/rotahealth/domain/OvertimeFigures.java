package io.careops.scheduling.rotahealth.domain;

import io.careops.scheduling.report.domain.Budget;
import io.careops.scheduling.report.domain.Spread;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

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
        // One pass over the shifts: each person's overtime minutes and whether they have any, and
        // the totals (the people in the order the shifts first name them, as a grouping gave).
        Map<UUID, long[]> byPerson = new HashMap<>();
        long overtimeMinutes = 0;
        long allMinutes = 0;
        for (RotaSnapshot.ShiftRow shift : snapshot.shifts()) {
            if (shift.staffId() == null || !days.contains(shift.date())) {
                continue;
            }
            long[] theirs = byPerson.computeIfAbsent(shift.staffId(), key -> new long[2]);
            allMinutes += shift.paidMinutes();
            if (shift.overtime()) {
                overtimeMinutes += shift.paidMinutes();
                theirs[0] += shift.paidMinutes();
                theirs[1] = 1;
            }
        }
        BigDecimal multiplier = snapshot.home().overtimeMultiplier();
        List<Row> rows = new ArrayList<>(byPerson.size());
        List<Row> withOvertime = new ArrayList<>();
        for (Map.Entry<UUID, long[]> entry : byPerson.entrySet()) {
            RotaSnapshot.Person person = snapshot.people().get(entry.getKey());
            BigDecimal hours = Metrics.hours(entry.getValue()[0]);
            BigDecimal cost = person == null || person.hourlyRate() == null ? null
                    : person.hourlyRate().multiply(multiplier).multiply(hours).setScale(2, RoundingMode.HALF_UP);
            Row row = new Row(entry.getKey(), person, hours, cost);
            rows.add(row);
            if (entry.getValue()[1] == 1) {
                withOvertime.add(row);
            }
        }
        withOvertime.sort(Comparator.comparing(Row::overtimeHours).reversed().thenComparing(Row::staffNumber));
        BigDecimal knownCost = withOvertime.stream().map(Row::cost).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OvertimeFigures(List.copyOf(withOvertime), Metrics.hours(overtimeMinutes), Metrics.hours(allMinutes),
                knownCost, Budget.forPeriod(snapshot.home().overtimeBudgetMonthly(), days.from(), days.to()),
                Spread.gini(rows.stream().map(Row::overtimeHours).toList()), rows.size());
    }
}
