package io.careops.scheduling.rotahealth.domain;

import io.careops.scheduling.rota.domain.PeriodCoverage;
import io.careops.scheduling.shift.domain.ShiftTimes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each unit, day and period (day, night) against its minimum and ideal headcount: 100 x (1 -
 * (periods below minimum + half of those below ideal only) / periods). Weekend days use the
 * weekend minimum, nights the night minimum every day; the ideal is never below the minimum.
 */
public final class CoverageScorer implements Scorer {

    private final int weight;

    public CoverageScorer(int weight) {
        this.weight = weight;
    }

    /** One unit period: who is on it against its floor. */
    private record Slot(RotaSnapshot.UnitFloor unit, LocalDate day, ShiftTimes.Period period, int minimum, int ideal,
            int staffed, List<UUID> open) {

        boolean belowMinimum() {
            return staffed < minimum;
        }

        boolean belowIdeal() {
            return staffed < ideal;
        }
    }

    @Override
    public Component score(RotaSnapshot snapshot, Days days) {
        List<Slot> slots = slots(snapshot, days);
        int belowMinimum = 0;
        int belowIdeal = 0;
        List<Issue> issues = new ArrayList<>();
        for (Slot slot : slots) {
            if (slot.belowMinimum()) {
                belowMinimum++;
                issues.add(new Issue(Issue.Severity.HIGH, "coverage", slot.unit().name() + " " + slot.period() + " "
                        + slot.day() + ": " + slot.staffed() + " staffed, minimum " + slot.minimum()
                        + (slot.open().isEmpty() ? "" : ", " + slot.open().size() + " open shift(s)"), slot.unit().id(),
                        slot.day(), slot.open(), List.of()));
            } else if (slot.belowIdeal()) {
                belowIdeal++;
                issues.add(new Issue(Issue.Severity.LOW, "coverage", slot.unit().name() + " " + slot.period() + " "
                        + slot.day() + ": " + slot.staffed() + " staffed, ideal " + slot.ideal(), slot.unit().id(),
                        slot.day(), slot.open(), List.of()));
            }
        }
        double score = slots.isEmpty() ? 100 : 100 * (1 - (belowMinimum + 0.5 * belowIdeal) / slots.size());
        long openShifts = snapshot.shiftsInScope(days).stream().filter(RotaSnapshot.ShiftRow::open).count();
        return Component.scored("coverage", weight, score, Metrics.of("slots", slots.size(), "belowMinimum", belowMinimum,
                "belowIdealOnly", belowIdeal, "openShifts", openShifts), issues);
    }

    /** The open shifts of the periods below minimum, in the order they are reported: to suggest people for. */
    public static List<UUID> openBelowMinimum(RotaSnapshot snapshot, Days days) {
        return slots(snapshot, days).stream().filter(Slot::belowMinimum).flatMap(slot -> slot.open().stream()).toList();
    }

    private static List<Slot> slots(RotaSnapshot snapshot, Days days) {
        Map<SlotKey, List<RotaSnapshot.ShiftRow>> bySlot = snapshot.shiftsInScope(days).stream().collect(
                Collectors.groupingBy(shift -> key(shift.unitId(), shift.date(), shift.times().period())));
        List<Slot> slots = new ArrayList<>();
        for (RotaSnapshot.UnitFloor unit : snapshot.unitsInScope()) {
            for (LocalDate day : days.each()) {
                for (ShiftTimes.Period period : ShiftTimes.Period.values()) {
                    List<RotaSnapshot.ShiftRow> inSlot = bySlot.getOrDefault(key(unit.id(), day, period), List.of());
                    boolean night = period == ShiftTimes.Period.NIGHT;
                    int minimum = night ? unit.minNight() : PeriodCoverage.isWeekend(day) ? unit.minWeekend() : unit.minDay();
                    int ideal = Math.max(minimum, night ? unit.idealNight() : unit.idealDay());
                    int staffed = (int) inSlot.stream().filter(shift -> !shift.open()).count();
                    slots.add(new Slot(unit, day, period, minimum, ideal, staffed,
                            inSlot.stream().filter(RotaSnapshot.ShiftRow::open).map(RotaSnapshot.ShiftRow::id).toList()));
                }
            }
        }
        return slots;
    }

    /**
     * A unit period's key: a record (equality and hash of its three parts) rather than a string
     * made of them, which cost a {@code UUID.toString} and a concatenation per shift.
     */
    record SlotKey(UUID unit, LocalDate day, ShiftTimes.Period period) {
    }

    static SlotKey key(UUID unit, LocalDate day, ShiftTimes.Period period) {
        return new SlotKey(unit, day, period);
    }
}
