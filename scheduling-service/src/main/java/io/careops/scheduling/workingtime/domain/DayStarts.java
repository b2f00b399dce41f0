package io.careops.scheduling.workingtime.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * When each local day of a zone starts, as an instant: exactly what
 * {@code LocalDate.atStartOfDay(zone).toInstant()} answers, worked out once per zone and block of
 * days and then looked up. The rules ask for the start of every week boundary of every person
 * judged (a whole group's report: some 2,700 people x 18 weeks x 4 boundaries), and building a
 * {@code ZonedDateTime} for each was an eighth of that report in JFR. Europe/London changes its
 * offset twice a year, so a day's start is not a fixed offset from UTC midnight; the table holds
 * each day's own.
 *
 * <p>Still pure: the answer is a function of the zone's rules and the day alone, so a table
 * shared by every request (and thread) answers what a fresh computation would. Days from 1900 to
 * 2199 are tabled in blocks of {@value #BLOCK_DAYS}, filled on first use; other days are computed
 * each time.
 */
final class DayStarts {

    private static final int BLOCK_DAYS = 512;
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long END_DAY = LocalDate.of(2200, 1, 1).toEpochDay();
    private static final int FIRST_BLOCK = (int) Math.floorDiv(FIRST_DAY, BLOCK_DAYS);
    private static final int BLOCKS = (int) Math.floorDiv(END_DAY - 1, BLOCK_DAYS) - FIRST_BLOCK + 1;
    private static final ConcurrentMap<ZoneId, DayStarts> ZONES = new ConcurrentHashMap<>();

    private final ZoneId zone;
    /** Per block, the epoch second each day of it starts; null until first used. */
    private final AtomicReferenceArray<long[]> blocks = new AtomicReferenceArray<>(BLOCKS);

    private DayStarts(ZoneId zone) {
        this.zone = zone;
    }

    /** The table of {@code zone}, one per zone. */
    static DayStarts of(ZoneId zone) {
        return ZONES.computeIfAbsent(zone, DayStarts::new);
    }

    ZoneId zone() {
        return zone;
    }

    /** When the local day {@code day} starts. */
    Instant startOf(LocalDate day) {
        return Instant.ofEpochSecond(epochSecond(day.toEpochDay()));
    }

    /** When the local day of epoch day {@code epochDay} starts, in seconds from the epoch. */
    long epochSecond(long epochDay) {
        if (epochDay < FIRST_DAY || epochDay >= END_DAY) {
            return computed(epochDay);
        }
        int block = (int) Math.floorDiv(epochDay, BLOCK_DAYS);
        long[] starts = blocks.get(block - FIRST_BLOCK);
        if (starts == null) {
            starts = new long[BLOCK_DAYS];
            long first = (long) block * BLOCK_DAYS;
            for (int i = 0; i < BLOCK_DAYS; i++) {
                starts[i] = computed(first + i);
            }
            // Two threads may both fill a block: they fill it alike, and either array is kept.
            blocks.compareAndSet(block - FIRST_BLOCK, null, starts);
        }
        return starts[(int) (epochDay - (long) block * BLOCK_DAYS)];
    }

    private long computed(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toEpochSecond();
    }
}
