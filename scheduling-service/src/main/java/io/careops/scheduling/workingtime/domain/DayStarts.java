package io.careops.scheduling.workingtime.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * When each local day of a zone starts, as an instant: exactly what
 * {@code LocalDate.atStartOfDay(zone).toInstant()} answers, worked out once per zone and block of
 * days and then looked up. The rules ask for the start of every week boundary of every person
 * judged (a whole group's report: some 2,700 people x 18 weeks x 4 boundaries), and building a
 * {@code ZonedDateTime} for each was 9% of that report in JFR. Europe/London changes its
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
    private static final long SECONDS_PER_DAY = 24 * 60 * 60;
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long END_DAY = LocalDate.of(2200, 1, 1).toEpochDay();
    private static final int FIRST_BLOCK = (int) Math.floorDiv(FIRST_DAY, BLOCK_DAYS);
    private static final int BLOCKS = (int) Math.floorDiv(END_DAY - 1, BLOCK_DAYS) - FIRST_BLOCK + 1;
    private static final ConcurrentMap<ZoneId, DayStarts> ZONES = new ConcurrentHashMap<>();

    private final ZoneId zone;
    private final ZoneRules rules;
    /** The zone's offset changes from 1900 to 2200: when (epoch seconds, ascending) and the offset after each. */
    private final long[] changes;
    private final ZoneOffset[] offsetAfter;
    private final ZoneOffset offsetBeforeFirst;
    /** Per block, the epoch second each day of it starts; null until first used. */
    private final AtomicReferenceArray<long[]> blocks = new AtomicReferenceArray<>(BLOCKS);

    private DayStarts(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        Instant from = Instant.ofEpochSecond(FIRST_DAY * SECONDS_PER_DAY);
        Instant to = Instant.ofEpochSecond(END_DAY * SECONDS_PER_DAY);
        List<ZoneOffsetTransition> found = new ArrayList<>();
        for (ZoneOffsetTransition next = rules.nextTransition(from); next != null && next.getInstant().isBefore(to);
                next = rules.nextTransition(next.getInstant())) {
            found.add(next);
        }
        this.changes = found.stream().mapToLong(ZoneOffsetTransition::toEpochSecond).toArray();
        this.offsetAfter = found.stream().map(ZoneOffsetTransition::getOffsetAfter).toArray(ZoneOffset[]::new);
        this.offsetBeforeFirst = rules.getOffset(from);
    }

    /**
     * The zone's offset when it does not change after {@code from} up to and including
     * {@code to}, else null: what {@code rules.nextTransition(from)} (none, or one after
     * {@code to}) and {@code rules.getOffset(from)} answer, found in the table of changes.
     */
    ZoneOffset steadyOffset(Instant from, Instant to) {
        if (rules.isFixedOffset()) {
            return rules.getOffset(from);
        }
        long fromSecond = from.getEpochSecond();
        if (fromSecond < FIRST_DAY * SECONDS_PER_DAY || to.getEpochSecond() >= END_DAY * SECONDS_PER_DAY) {
            ZoneOffsetTransition next = rules.nextTransition(from);
            return next == null || next.getInstant().isAfter(to) ? rules.getOffset(from) : null;
        }
        // The first change after from: a change (whole seconds) is after an instant when its second is later.
        int index = Arrays.binarySearch(changes, fromSecond);
        index = index >= 0 ? index + 1 : -index - 1;
        if (index < changes.length && changes[index] <= to.getEpochSecond()) {
            return null; // a change at or before to (to's own second counts: the change is not after it)
        }
        return index == 0 ? offsetBeforeFirst : offsetAfter[index - 1];
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
