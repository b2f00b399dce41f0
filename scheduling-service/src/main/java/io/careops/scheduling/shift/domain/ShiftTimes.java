package io.careops.scheduling.shift.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When a shift runs. Planned as a rota day and local start and end times; an end at or before
 * the start is on the next day (docs/domain.md section 2). The instants come from the home's zone, so
 * a night across the spring clock change lasts 11 hours and across the autumn one 13, not 12.
 * The duration is always derived from the instants, never stored.
 */
public record ShiftTimes(LocalDate date, LocalTime start, LocalTime end, Instant startsAt, Instant endsAt) {

    /** Shifts starting from this time of day up to {@link #DAY_STARTS} count as night shifts. */
    public static final LocalTime NIGHT_STARTS = LocalTime.of(18, 0);
    public static final LocalTime DAY_STARTS = LocalTime.of(6, 0);

    public static ShiftTimes of(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        LocalDate endDate = end.isAfter(start) ? date : date.plusDays(1);
        // atZone resolves a time in the spring gap forward and a time in the autumn overlap to
        // the earlier offset, which is how a clock on the wall reads.
        Instant startsAt = ZonedDateTime.of(date, start, zone).toInstant();
        Instant endsAt = ZonedDateTime.of(endDate, end, zone).toInstant();
        return new ShiftTimes(date, start, end, startsAt, endsAt);
    }

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** Day or night period of the rota: a night shift starts in the evening or small hours. */
    public Period period() {
        return !start.isBefore(NIGHT_STARTS) || start.isBefore(DAY_STARTS) ? Period.NIGHT : Period.DAY;
    }

    /** Shifts that merely touch (one ends as the other starts) do not overlap. */
    public boolean overlaps(ShiftTimes other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    @Schema(name = "ShiftPeriod")
    public enum Period {
        DAY,
        NIGHT
    }
}
