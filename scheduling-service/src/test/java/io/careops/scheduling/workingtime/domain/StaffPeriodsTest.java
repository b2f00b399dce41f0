package io.careops.scheduling.workingtime.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The columns a report reads shifts into give back each person's periods exactly, in planned-start order. */
class StaffPeriodsTest {

    private static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static UUID shift(int n) {
        return new UUID(0x1234_5678_9abc_def0L, n);
    }

    @Test
    void eachPersonsPeriodsInPlannedStartOrderWithEveryFieldKept() {
        Instant monday = Instant.parse("2026-03-02T08:00:00Z");
        StaffPeriods periods = StaffPeriods.builder()
                // Ann's second shift read first; its actual start (07:30) is before its planned one.
                .add(ANN, shift(2), LocalDate.of(2026, 3, 3), Instant.parse("2026-03-03T07:30:00Z"),
                        Instant.parse("2026-03-03T20:00:00.500Z"), 60, Instant.parse("2026-03-03T08:00:00Z"))
                .add(BEN, shift(3), LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T20:00:00Z"),
                        Instant.parse("2026-03-02T08:00:00Z"), 30, Instant.parse("2026-03-01T20:00:00Z"))
                .add(ANN, shift(1), LocalDate.of(2026, 3, 2), monday, monday.plusSeconds(12 * 3600), 60, monday)
                .build();

        assertEquals(2, periods.people());
        assertEquals(ANN, periods.staffId(0)); // in the order first read
        assertEquals(BEN, periods.staffId(1));
        assertEquals(2, periods.shiftsOf(0));
        assertEquals(List.of(
                new WorkPeriod(shift(1), LocalDate.of(2026, 3, 2), monday, monday.plusSeconds(12 * 3600), 60),
                new WorkPeriod(shift(2), LocalDate.of(2026, 3, 3), Instant.parse("2026-03-03T07:30:00Z"),
                        Instant.parse("2026-03-03T20:00:00.500Z"), 60)), periods.periodsOf(0));
        assertEquals(List.of(new WorkPeriod(shift(3), LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T20:00:00Z"),
                Instant.parse("2026-03-02T08:00:00Z"), 30)), periods.periodsOf(1));
        assertEquals(Map.of(ANN, periods.periodsOf(0), BEN, periods.periodsOf(1)), periods.asMap());
    }

    @Test
    void orderedByPlannedStartNotByTheStartAsWorked() {
        // Planned 08:00 and 20:00; worked from 09:00 and (clocked in early) 07:00 the next day is
        // still the later one: the planned start orders, as the entity query's "order by startsAt" did.
        Instant eight = Instant.parse("2026-03-02T08:00:00Z");
        StaffPeriods periods = StaffPeriods.builder()
                .add(ANN, shift(2), LocalDate.of(2026, 3, 2), Instant.parse("2026-03-02T19:00:00Z"),
                        Instant.parse("2026-03-03T08:00:00Z"), 0, Instant.parse("2026-03-02T20:00:00Z"))
                .add(ANN, shift(1), LocalDate.of(2026, 3, 2), eight.plusSeconds(3600),
                        eight.plusSeconds(10 * 3600), 0, eight)
                .build();
        assertEquals(List.of(shift(1), shift(2)), periods.periodsOf(0).stream().map(WorkPeriod::shiftId).toList());
    }

    @Test
    void planStartsToTheNanosecondAndTiesKeepTheOrderRead() {
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        StaffPeriods periods = StaffPeriods.builder()
                .add(ANN, shift(3), LocalDate.of(2026, 3, 2), start, start.plusSeconds(60), 0, start.plusNanos(2))
                .add(ANN, shift(1), LocalDate.of(2026, 3, 2), start, start.plusSeconds(60), 0, start)
                .add(ANN, shift(2), LocalDate.of(2026, 3, 2), start, start.plusSeconds(60), 0, start)
                .add(ANN, shift(0), LocalDate.of(2026, 3, 2), start, start.plusSeconds(60), 0, start.plusNanos(1))
                .build();
        assertEquals(List.of(shift(1), shift(2), shift(0), shift(3)),
                periods.periodsOf(0).stream().map(WorkPeriod::shiftId).toList());
    }

    @Test
    void manyPeopleAndRowsBeyondTheFirstColumnsSize() {
        StaffPeriods.Builder builder = StaffPeriods.builder();
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        List<UUID> people = new ArrayList<>();
        for (int p = 0; p < 300; p++) {
            people.add(new UUID(7, p));
        }
        // Three shifts each, read in reverse day order, interleaved across people.
        for (int day = 2; day >= 0; day--) {
            for (int p = 0; p < people.size(); p++) {
                Instant starts = start.plusSeconds(86_400L * day);
                builder.add(people.get(p), shift(p * 10 + day), LocalDate.of(2026, 1, 5).plusDays(day), starts,
                        starts.plusSeconds(3600), 0, starts);
            }
        }
        StaffPeriods periods = builder.build();
        assertEquals(300, periods.people());
        for (int p = 0; p < 300; p++) {
            assertEquals(people.get(p), periods.staffId(p));
            assertEquals(List.of(shift(p * 10), shift(p * 10 + 1), shift(p * 10 + 2)),
                    periods.periodsOf(p).stream().map(WorkPeriod::shiftId).toList());
        }
    }

    @Test
    void nobodyReadIsNobody() {
        StaffPeriods periods = StaffPeriods.builder().build();
        assertEquals(0, periods.people());
        assertTrue(periods.asMap().isEmpty());
    }
}
