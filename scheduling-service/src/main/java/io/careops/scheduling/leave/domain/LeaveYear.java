package io.careops.scheduling.leave.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One leave year, first and last days included. */
public record LeaveYear(LocalDate first, LocalDate last) {

    public static LeaveYear starting(LocalDate first) {
        return new LeaveYear(first, first.plusYears(1).minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
