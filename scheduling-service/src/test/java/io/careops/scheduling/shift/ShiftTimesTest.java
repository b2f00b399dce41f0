package io.careops.scheduling.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.careops.scheduling.shift.domain.ShiftTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShiftTimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest(name = "{0} {1}-{2} lasts {3} min, {4}")
    @CsvSource({
            // date,      start, end,   minutes, period, starts at (UTC),          ends at (UTC)
            "2026-01-06, 07:45, 20:15, 750, DAY,   2026-01-06T07:45:00Z, 2026-01-06T20:15:00Z",
            "2026-01-06, 08:00, 20:00, 720, DAY,   2026-01-06T08:00:00Z, 2026-01-06T20:00:00Z",
            // across midnight: the end is the next day
            "2026-01-06, 20:00, 08:00, 720, NIGHT, 2026-01-06T20:00:00Z, 2026-01-07T08:00:00Z",
            // summer time: one hour ahead of UTC
            "2026-07-01, 08:00, 20:00, 720, DAY,   2026-07-01T07:00:00Z, 2026-07-01T19:00:00Z",
            // spring forward (29 March 2026, 01:00 GMT -> 02:00 BST): the night is 11 hours
            "2026-03-28, 20:00, 08:00, 660, NIGHT, 2026-03-28T20:00:00Z, 2026-03-29T07:00:00Z",
            // fall back (25 October 2026, 02:00 BST -> 01:00 GMT): the night is 13 hours
            "2026-10-24, 20:00, 08:00, 780, NIGHT, 2026-10-24T19:00:00Z, 2026-10-25T08:00:00Z",
            // end equal to start: a full 24 hours, ending the next day
            "2026-01-06, 08:00, 08:00, 1440, DAY,  2026-01-06T08:00:00Z, 2026-01-07T08:00:00Z",
            // ends exactly at midnight
            "2026-01-06, 16:00, 00:00, 480, DAY,   2026-01-06T16:00:00Z, 2026-01-07T00:00:00Z",
            // starts exactly at midnight: a night shift on that rota day
            "2026-01-06, 00:00, 08:00, 480, NIGHT, 2026-01-06T00:00:00Z, 2026-01-06T08:00:00Z",
            // the boundaries of the night period
            "2026-01-06, 18:00, 23:00, 300, NIGHT, 2026-01-06T18:00:00Z, 2026-01-06T23:00:00Z",
            "2026-01-06, 17:59, 23:00, 301, DAY,   2026-01-06T17:59:00Z, 2026-01-06T23:00:00Z",
            "2026-01-06, 06:00, 14:00, 480, DAY,   2026-01-06T06:00:00Z, 2026-01-06T14:00:00Z",
            "2026-01-06, 05:59, 14:00, 481, NIGHT, 2026-01-06T05:59:00Z, 2026-01-06T14:00:00Z",
    })
    void instantsDurationAndPeriodComeFromTheHomesZone(LocalDate date, LocalTime start, LocalTime end, long minutes,
            ShiftTimes.Period period, Instant startsAt, Instant endsAt) {
        ShiftTimes times = ShiftTimes.of(date, start, end, LONDON);
        assertEquals(startsAt, times.startsAt());
        assertEquals(endsAt, times.endsAt());
        assertEquals(Duration.ofMinutes(minutes), times.duration());
        assertEquals(period, times.period());
    }

    @ParameterizedTest(name = "{0}-{1} and {2}-{3} overlap: {4}")
    @CsvSource({
            "08:00, 20:00, 20:00, 08:00, false", // touching at one instant
            "08:00, 20:00, 19:59, 08:00, true",
            "20:00, 08:00, 07:59, 12:00, false", // next day's morning vs yesterday's night: other day
            "09:00, 17:00, 12:00, 13:00, true",  // contained
            "09:00, 17:00, 09:00, 17:00, true",  // identical
    })
    void overlapOnTheSameRotaDay(LocalTime firstStart, LocalTime firstEnd, LocalTime secondStart, LocalTime secondEnd,
            boolean overlaps) {
        LocalDate day = LocalDate.of(2026, 1, 6);
        ShiftTimes first = ShiftTimes.of(day, firstStart, firstEnd, LONDON);
        ShiftTimes second = ShiftTimes.of(day, secondStart, secondEnd, LONDON);
        assertEquals(overlaps, first.overlaps(second));
        assertEquals(overlaps, second.overlaps(first));
    }

    @ParameterizedTest(name = "night {0} then morning {1}-{2} next day overlaps: {3}")
    @CsvSource({
            "08:00, 08:00, 20:00, false", // night ends 08:00, the day shift starts 08:00: touch only
            "08:00, 07:45, 20:15, true",  // the day senior starts before the night ends
    })
    void aNightShiftRunsIntoTheNextRotaDay(LocalTime nightEnd, LocalTime dayStart, LocalTime dayEnd, boolean overlaps) {
        ShiftTimes night = ShiftTimes.of(LocalDate.of(2026, 1, 6), LocalTime.of(20, 0), nightEnd, LONDON);
        ShiftTimes day = ShiftTimes.of(LocalDate.of(2026, 1, 7), dayStart, dayEnd, LONDON);
        assertEquals(overlaps, night.overlaps(day));
    }
}
