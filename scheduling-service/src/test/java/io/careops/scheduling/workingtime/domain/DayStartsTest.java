package io.careops.scheduling.workingtime.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@link DayStarts}: a local day's start looked up answers what {@code atStartOfDay(zone)} computes. */
class DayStartsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Worked by hand: GMT (+00:00) in winter, BST (+01:00) from the last Sunday of March to the last Sunday of October. */
    @ParameterizedTest(name = "{0} in {1} starts at {2}")
    @CsvSource({
            "2026-01-15, Europe/London, 2026-01-15T00:00:00Z", // winter: GMT
            "2026-03-28, Europe/London, 2026-03-28T00:00:00Z", // the Saturday before the clocks go forward
            "2026-03-29, Europe/London, 2026-03-29T00:00:00Z", // the change is at 01:00 GMT: midnight is still GMT
            "2026-03-30, Europe/London, 2026-03-29T23:00:00Z", // the first whole BST day
            "2026-07-01, Europe/London, 2026-06-30T23:00:00Z", // summer: BST
            "2026-10-25, Europe/London, 2026-10-24T23:00:00Z", // the clocks go back at 02:00 BST: midnight is BST
            "2026-10-26, Europe/London, 2026-10-26T00:00:00Z", // GMT again
            "2027-01-01, Europe/London, 2027-01-01T00:00:00Z", // a new year (another block)
            "1899-12-31, Europe/London, 1899-12-31T00:00:00Z", // before the table: computed
            "2200-01-01, Europe/London, 2200-01-01T00:00:00Z", // after the table: computed
            "2026-07-01, UTC, 2026-07-01T00:00:00Z",
            "2026-07-01, America/New_York, 2026-07-01T04:00:00Z",
    })
    void startOfLocalDay(LocalDate day, String zone, Instant expected) {
        assertEquals(expected, DayStarts.of(ZoneId.of(zone)).startOf(day));
    }

    /** Every day of the table's range in London, and around both ends, as the zone computes it. */
    @Test
    void everyDayAsTheZoneComputesIt() {
        DayStarts london = DayStarts.of(LONDON);
        for (LocalDate day = LocalDate.of(1899, 12, 1); day.isBefore(LocalDate.of(2200, 2, 1)); day = day.plusDays(1)) {
            assertEquals(day.atStartOfDay(LONDON).toInstant(), london.startOf(day), day.toString());
        }
        DayStarts fixed = DayStarts.of(ZoneOffset.ofHours(-5));
        assertEquals(Instant.parse("2026-03-29T05:00:00Z"), fixed.startOf(LocalDate.of(2026, 3, 29)));
    }

    /** London's clocks go forward at 2026-03-29T01:00:00Z and back at 2026-10-25T01:00:00Z. */
    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
            "2026-03-01T00:00:00Z, 2026-03-29T00:59:59Z, Z", // ends a second before the change: steady GMT
            "2026-03-01T00:00:00Z, 2026-03-29T00:59:59.999Z, Z", // still before it
            "2026-03-01T00:00:00Z, 2026-03-29T01:00:00Z, ", // the change's own second: not steady
            "2026-03-29T01:00:00Z, 2026-04-01T00:00:00Z, +01:00", // starts at the change: already BST
            "2026-03-29T00:59:59.5Z, 2026-04-01T00:00:00Z, ", // starts half a second before it
            "2026-06-01T00:00:00Z, 2026-10-25T00:59:59Z, +01:00",
            "2026-10-20T00:00:00Z, 2026-10-26T00:00:00Z, ",
            "2026-11-01T00:00:00Z, 2027-03-01T00:00:00Z, Z",
            "2199-12-30T00:00:00Z, 2200-01-02T00:00:00Z, Z", // past the table: the zone's rules
    })
    void steadyOffset(Instant from, Instant to, String expected) {
        ZoneOffset steady = DayStarts.of(LONDON).steadyOffset(from, to);
        assertEquals(expected == null ? null : ZoneOffset.of(expected), steady);
        assertEquals(steady, byTheRules(LONDON, from, to));
    }

    /** Against the zone's own rules, at every hour and a second either side of each change, 2025 to 2027. */
    @Test
    void steadyOffsetAsTheRulesAnswer() {
        DayStarts london = DayStarts.of(LONDON);
        for (Instant from = Instant.parse("2025-01-01T00:00:00Z"); from.isBefore(Instant.parse("2028-01-01T00:00:00Z"));
                from = from.plusSeconds(3600)) {
            for (long length : new long[] {0, 1, 3600, 4 * 86400 + 1}) {
                for (Instant start : new Instant[] {from, from.minusSeconds(1), from.plusSeconds(1), from.plusNanos(1)}) {
                    Instant end = start.plusSeconds(length);
                    assertEquals(byTheRules(LONDON, start, end), london.steadyOffset(start, end), start + " " + end);
                }
            }
        }
        ZoneId fixed = ZoneOffset.ofHours(2);
        assertEquals(ZoneOffset.ofHours(2), DayStarts.of(fixed).steadyOffset(Instant.EPOCH, Instant.EPOCH.plusSeconds(1)));
    }

    private static ZoneOffset byTheRules(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return rules.getOffset(from);
        }
        ZoneOffsetTransition next = rules.nextTransition(from);
        return next == null || next.getInstant().isAfter(to) ? rules.getOffset(from) : null;
    }

    @Test
    void oneTablePerZone() {
        assertSame(DayStarts.of(LONDON), DayStarts.of(ZoneId.of("Europe/London")));
        assertEquals(LONDON, DayStarts.of(LONDON).zone());
    }
}
