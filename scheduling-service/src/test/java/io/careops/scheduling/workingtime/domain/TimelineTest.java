package io.careops.scheduling.workingtime.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weekly-rest rule's two look-ups answer what the scans they replaced answered:
 * {@link Timeline#worksBetween} is {@code !overlapping(from, to).isEmpty()}, and the rests before
 * {@link Timeline#firstRestEndingAfter} all end at or before the instant.
 */
class TimelineTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * March 2026 in Europe/London (UTC until the 29th): a 26-hour period from Sunday 1st 20:00 to
     * Monday 2nd 22:00, a day shift inside it (Monday 08:00-20:00, which starts later and ends
     * earlier), a night shift Wednesday 4th 20:00 to Thursday 5th 08:00, and a shift on Sunday 8th
     * 08:00-20:00. The latest end among the first periods is the long one's, not the last one's.
     */
    private static Timeline timeline() {
        List<WorkPeriod> periods = List.of(
                period(1, "2026-03-01", "2026-03-01T20:00:00Z", "2026-03-02T22:00:00Z"),
                period(2, "2026-03-02", "2026-03-02T08:00:00Z", "2026-03-02T20:00:00Z"),
                period(3, "2026-03-04", "2026-03-04T20:00:00Z", "2026-03-05T08:00:00Z"),
                period(4, "2026-03-08", "2026-03-08T08:00:00Z", "2026-03-08T20:00:00Z"));
        return new Timeline(LONDON, new WorkRecord(periods, List.of(), LocalDate.of(2026, 2, 23),
                LocalDate.of(2026, 3, 15)));
    }

    private static WorkPeriod period(int n, String day, String starts, String ends) {
        return new WorkPeriod(new UUID(0, n), LocalDate.parse(day), Instant.parse(starts), Instant.parse(ends), 0);
    }

    @ParameterizedTest(name = "[{0}, {1}): {2}")
    @CsvSource({
            // before any work
            "2026-02-23T00:00:00Z, 2026-03-01T20:00:00Z, false",
            // up to the first minute of the long period
            "2026-02-23T00:00:00Z, 2026-03-01T20:01:00Z, true",
            // inside the long period only: it started before and ends after
            "2026-03-02T21:00:00Z, 2026-03-02T21:30:00Z, true",
            // from the long period's end: the day shift inside it ended earlier
            "2026-03-02T22:00:00Z, 2026-03-04T20:00:00Z, false",
            // the night shift's last minute
            "2026-03-05T07:59:00Z, 2026-03-05T09:00:00Z, true",
            "2026-03-05T08:00:00Z, 2026-03-08T08:00:00Z, false",
            // a whole week (Monday 2nd to Monday 9th): the long period runs into it
            "2026-03-02T00:00:00Z, 2026-03-09T00:00:00Z, true",
            // the week after: nothing
            "2026-03-09T00:00:00Z, 2026-03-16T00:00:00Z, false",
    })
    void worksBetweenAnswersWhatTheScanAnswered(Instant from, Instant to, boolean works) {
        Timeline timeline = timeline();
        assertEquals(works, timeline.worksBetween(from, to));
        assertEquals(works, !timeline.overlapping(from, to).isEmpty());
    }

    @ParameterizedTest(name = "{0}: rest {1}")
    @CsvSource({
            // the rests: [23 Feb, 1 Mar 20:00), [2 Mar 22:00, 4 Mar 20:00), [5 Mar 08:00, 8 Mar 08:00),
            // [8 Mar 20:00, 16 Mar 00:00)
            "2026-02-23T00:00:00Z, 0",
            "2026-03-01T19:59:00Z, 0",
            "2026-03-01T20:00:00Z, 1", // the first ends there: it does not reach past it
            "2026-03-03T12:00:00Z, 1",
            "2026-03-04T20:00:00Z, 2",
            "2026-03-08T07:59:59Z, 2",
            "2026-03-08T08:00:00Z, 3",
            "2026-03-15T23:59:00Z, 3",
            "2026-03-16T00:00:00Z, 4", // after every rest
    })
    void firstRestEndingAfterSkipsOnlyRestsThatEndedBefore(Instant instant, int first) {
        Timeline timeline = timeline();
        assertEquals(4, timeline.rests().size());
        assertEquals(first, timeline.firstRestEndingAfter(instant));
        for (int i = 0; i < timeline.rests().size(); i++) {
            assertEquals(i >= first, instant.isBefore(timeline.rests().get(i).to()), "rest " + i);
        }
    }
}
