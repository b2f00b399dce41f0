package io.careops.scheduling.workingtime.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Which findings are wanted: those about rota days {@code from} to {@code to} (a reference period
 * counts by its last day), and when {@code shiftId} is set only those that involve that shift,
 * which is how a proposed assignment is judged without re-reporting old breaches.
 */
public record Focus(LocalDate from, LocalDate to, UUID shiftId) {

    public static Focus days(LocalDate from, LocalDate to) {
        return new Focus(from, to, null);
    }

    /** A proposed shift: every rule it takes part in, including each reference period it falls in. */
    public static Focus shift(WorkPeriod proposed, int referenceWeeks) {
        return new Focus(proposed.rotaDate(), proposed.rotaDate().plusDays(referenceWeeks * 7L - 1), proposed.shiftId());
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    boolean includes(Collection<WorkPeriod> involved) {
        return (shiftId == null || involved.stream().anyMatch(period -> period.shiftId().equals(shiftId)))
                && involved.stream().anyMatch(period -> coversDay(period.rotaDate()));
    }
}
