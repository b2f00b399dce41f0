package io.careops.scheduling.workingtime.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One stretch of work the engine judges: a shift as planned, or one proposed. Unpaid breaks are
 * rest, not working time (reg 2), so working minutes are the span less the break.
 */
public record WorkPeriod(UUID shiftId, LocalDate rotaDate, Instant startsAt, Instant endsAt, int unpaidBreakMinutes) {

    public long spanMinutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    public long workingMinutes() {
        return Math.max(0, spanMinutes() - unpaidBreakMinutes);
    }
}
