package io.careops.scheduling.workingtime.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a person stands on a day: the rolling average over the reference period ending that
 * day, the hours of that week, and the rest they last had.
 *
 * @param averageWeeklyHours null when no day of the period counts (the opt-out in force throughout)
 * @param lastRestHours      the rest before the latest shift started by the end of the day; null with no earlier shift
 */
public record Standing(LocalDate periodFrom, LocalDate periodTo, BigDecimal averageWeeklyHours, boolean provisional,
        int excludedDays, BigDecimal hoursInPeriod, LocalDate weekFrom, BigDecimal hoursThisWeek,
        BigDecimal lastRestHours, Instant lastRestFrom, Instant lastRestTo, BigDecimal longestRestLast7DaysHours,
        BigDecimal longestRestLast14DaysHours, boolean nightWorker) {
}
