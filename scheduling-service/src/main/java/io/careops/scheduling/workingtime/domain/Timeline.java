package io.careops.scheduling.workingtime.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person's work laid out in time in the home's zone: periods in start order, working minutes
 * per calendar day (a night shift's minutes fall on the days they are worked), and the rest
 * between periods.
 */
final class Timeline {

    private static final LocalTime NIGHT_TIME_STARTS = LocalTime.of(23, 0);
    private static final LocalTime NIGHT_TIME_ENDS = LocalTime.of(6, 0);
    /** A night shift has at least 3 hours of night time (reg 2, "night worker"). */
    static final long NIGHT_SHIFT_MINUTES = 3 * 60;
    private static final long SECONDS_PER_DAY = 24 * 60 * 60;
    private static final Duration TWO_DAYS = Duration.ofDays(2);

    private final ZoneId zone;
    /** When each local day of the zone starts: looked up, not built per call. */
    private final DayStarts dayStarts;
    private final List<WorkPeriod> periods;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    /** firstDay as an epoch day, and the number of days: day arithmetic in the rules' inner loops is integer arithmetic. */
    private final long firstEpochDay;
    private final int days;
    private final long[] minutesByDay;
    /** Prefix sums, built on first use: minutes up to each day; shifts and night shifts (dearer: night time is measured) apart. */
    private long[] minutesSoFar;
    private int[] shiftsSoFar;
    private int[] nightShiftsSoFar;
    /** The rests, built on first use. */
    private List<Rest> rests;
    /** For each period in start order, the latest end of it and the periods before it; built on first use. */
    private Instant[] latestEndSoFar;
    /** The averaging basis of the one worker and leave this record is judged with, built on first use. */
    private HourLimits.Basis basis;
    private Worker basisWorker;
    private List<Leave> basisLeaves;

    Timeline(ZoneId zone, WorkRecord record) {
        this.zone = zone;
        this.dayStarts = DayStarts.of(zone);
        this.periods = record.periods().stream().sorted(Comparator.comparing(WorkPeriod::startsAt)).toList();
        this.firstDay = record.firstDay();
        this.lastDay = record.lastDay();
        this.firstEpochDay = firstDay.toEpochDay();
        this.days = (int) (lastDay.toEpochDay() - firstEpochDay) + 1;
        this.minutesByDay = new long[days];
        periods.forEach(this::spreadOverDays);
    }

    /** Working minutes shared over the calendar days the period spans, in proportion to its minutes in each. */
    private void spreadOverDays(WorkPeriod period) {
        long span = period.spanMinutes();
        long working = period.workingMinutes();
        long assigned = 0;
        ZoneOffset steady = steadyOffset(period.startsAt(), period.endsAt());
        long day = epochDayOf(period.startsAt(), steady);
        while (true) {
            Instant dayEnd = startOfEpochDay(day + 1, steady);
            Instant from = later(startOfEpochDay(day, steady), period.startsAt());
            Instant to = earlier(dayEnd, period.endsAt());
            boolean last = !dayEnd.isBefore(period.endsAt());
            long share = last ? working - assigned
                    : Math.round((double) working * Duration.between(from, to).toMinutes() / span);
            add(day, share);
            assigned += share;
            if (last) {
                return;
            }
            day++;
        }
    }

    /**
     * The zone's offset when the clocks do not change from two days before {@code from} to two
     * days after {@code to}, else null. Within it a local day starts at a fixed number of seconds
     * from the epoch day, so the layout needs no time-zone lookups per day.
     */
    private ZoneOffset steadyOffset(Instant from, Instant to) {
        return dayStarts.steadyOffset(from.minus(TWO_DAYS), to.plus(TWO_DAYS));
    }

    /** The local day of {@code instant} as an epoch day, with a {@link #steadyOffset} or, without one, the zone's rules. */
    private long epochDayOf(Instant instant, ZoneOffset steady) {
        return steady == null ? instant.atZone(zone).toLocalDate().toEpochDay()
                : Math.floorDiv(instant.getEpochSecond() + steady.getTotalSeconds(), SECONDS_PER_DAY);
    }

    /** When the local epoch day {@code day} starts, as {@link #startOf} answers it. */
    private Instant startOfEpochDay(long day, ZoneOffset steady) {
        return steady == null ? Instant.ofEpochSecond(dayStarts.epochSecond(day))
                : Instant.ofEpochSecond(day * SECONDS_PER_DAY - steady.getTotalSeconds());
    }

    /** When {@code time} is on the local epoch day {@code day}, as {@code LocalDateTime.atZone} answers it. */
    private Instant atTime(long day, LocalTime time, ZoneOffset steady) {
        return steady == null ? LocalDate.ofEpochDay(day).atTime(time).atZone(zone).toInstant()
                : Instant.ofEpochSecond(day * SECONDS_PER_DAY + time.toSecondOfDay() - steady.getTotalSeconds());
    }

    private void add(long epochDay, long minutes) {
        long index = epochDay - firstEpochDay;
        if (index >= 0 && index < minutesByDay.length) {
            minutesByDay[(int) index] += minutes;
        }
    }

    /** {@link HourLimits.Basis} of this record for the worker and leave given, built once and kept. */
    HourLimits.Basis averagingBasis(Worker worker, List<Leave> leaves) {
        if (basis == null || !worker.equals(basisWorker) || !leaves.equals(basisLeaves)) {
            basis = HourLimits.Basis.of(worker, this, leaves);
            basisWorker = worker;
            basisLeaves = leaves;
        }
        return basis;
    }

    int dayCount() {
        return days;
    }

    int index(LocalDate day) {
        return (int) (day.toEpochDay() - firstEpochDay);
    }

    /** Working minutes on the day at {@code index} (0 outside the days loaded). */
    long minutesAt(int index) {
        return index < 0 || index >= minutesByDay.length ? 0 : minutesByDay[index];
    }

    LocalDate day(int index) {
        return firstDay.plusDays(index);
    }

    long minutesOn(LocalDate day) {
        return minutesAt(index(day));
    }

    /** Working minutes on the days of indexes {@code from} to {@code to}, clamped to the days loaded. */
    long minutesBetween(int from, int to) {
        return sum(minutesSoFar(), from, to);
    }

    /** Working minutes before each day index (0 to {@link #dayCount()}), built on first use; not to be changed. */
    long[] minutesSoFar() {
        if (minutesSoFar == null) {
            minutesSoFar = new long[days + 1];
            for (int i = 0; i < days; i++) {
                minutesSoFar[i + 1] = minutesSoFar[i] + minutesByDay[i];
            }
        }
        return minutesSoFar;
    }

    /** Shifts whose rota day falls on the days of indexes {@code from} to {@code to}. */
    int shiftsBetween(int from, int to) {
        shiftCounts();
        return sum(shiftsSoFar, from, to);
    }

    /** Night shifts (at least 3 hours of night time) whose rota day falls on the days {@code from} to {@code to}. */
    int nightShiftsBetween(int from, int to) {
        shiftCounts();
        return sum(nightShiftsSoFar, from, to);
    }

    private long sum(long[] soFar, int from, int to) {
        int first = Math.max(0, from);
        int last = Math.min(days - 1, to);
        return first > last ? 0 : soFar[last + 1] - soFar[first];
    }

    private int sum(int[] soFar, int from, int to) {
        int first = Math.max(0, from);
        int last = Math.min(days - 1, to);
        return first > last ? 0 : soFar[last + 1] - soFar[first];
    }

    private void shiftCounts() {
        if (shiftsSoFar != null) {
            return;
        }
        int[] shifts = new int[days];
        int[] nights = new int[days];
        for (WorkPeriod period : periods) {
            int day = index(period.rotaDate());
            if (day >= 0 && day < days) {
                shifts[day]++;
                nights[day] += nightMinutes(period) >= NIGHT_SHIFT_MINUTES ? 1 : 0;
            }
        }
        shiftsSoFar = new int[days + 1];
        nightShiftsSoFar = new int[days + 1];
        for (int i = 0; i < days; i++) {
            shiftsSoFar[i + 1] = shiftsSoFar[i] + shifts[i];
            nightShiftsSoFar[i + 1] = nightShiftsSoFar[i] + nights[i];
        }
    }

    List<WorkPeriod> periods() {
        return periods;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    /** When the local day starts, as {@code day.atStartOfDay(zone)} answers it. */
    Instant startOf(LocalDate day) {
        return dayStarts.startOf(day);
    }

    /** Periods with any minute inside [from, to), in start order. */
    List<WorkPeriod> overlapping(Instant from, Instant to) {
        List<WorkPeriod> overlapping = new ArrayList<>();
        for (WorkPeriod period : periods) {
            if (!period.startsAt().isBefore(to)) {
                break; // in start order: none later starts before the end
            }
            if (from.isBefore(period.endsAt())) {
                overlapping.add(period);
            }
        }
        return overlapping;
    }

    /**
     * Whether some period has any minute inside [from, to): what {@code !overlapping(from, to).isEmpty()}
     * answers, without a scan of the periods. Some period starts before {@code to} (the periods are
     * in start order: a binary search finds how many), and the latest end among those is after
     * {@code from}. Asked for every week of every person judged, where the scan was most of the
     * weekly-rest rule in JFR of a home's report.
     */
    boolean worksBetween(Instant from, Instant to) {
        if (latestEndSoFar == null) {
            latestEndSoFar = new Instant[periods.size()];
            for (int i = 0; i < periods.size(); i++) {
                Instant end = periods.get(i).endsAt();
                latestEndSoFar[i] = i == 0 ? end : later(latestEndSoFar[i - 1], end);
            }
        }
        int low = 0;
        int high = periods.size(); // the first period starting at or after to is in [low, high]
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (periods.get(middle).startsAt().isBefore(to)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low > 0 && from.isBefore(latestEndSoFar[low - 1]);
    }

    /**
     * The index in {@link #rests()} of the first rest that ends after {@code instant}: the rests
     * are in time order and do not overlap, so none before it reaches past {@code instant}.
     */
    int firstRestEndingAfter(Instant instant) {
        List<Rest> all = rests();
        int low = 0;
        int high = all.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (instant.isBefore(all.get(middle).to())) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Periods with any minute on the calendar days {@code from} to {@code to}. */
    List<WorkPeriod> onDays(LocalDate from, LocalDate to) {
        return overlapping(startOf(from), startOf(to.plusDays(1)));
    }

    /**
     * Uninterrupted rest: before the first period, between periods, and after the last, bounded
     * by the days loaded (beyond them nothing is known).
     */
    List<Rest> rests() {
        if (rests == null) {
            rests = List.copyOf(restsBetweenPeriods());
        }
        return rests;
    }

    private List<Rest> restsBetweenPeriods() {
        List<Rest> rests = new ArrayList<>();
        Instant restStarts = startOf(firstDay);
        for (WorkPeriod period : periods) {
            if (period.startsAt().isAfter(restStarts)) {
                rests.add(new Rest(restStarts, period.startsAt()));
            }
            restStarts = later(restStarts, period.endsAt());
        }
        Instant end = startOf(lastDay.plusDays(1));
        if (end.isAfter(restStarts)) {
            rests.add(new Rest(restStarts, end));
        }
        return rests;
    }

    /** Minutes of the period between 23:00 and 06:00 local time, the night time of reg 2. */
    long nightMinutes(WorkPeriod period) {
        return minutesBetweenEachNight(period, NIGHT_TIME_STARTS, NIGHT_TIME_ENDS);
    }

    /**
     * Minutes of the period inside the nightly window {@code starts} (one evening) to {@code ends}
     * (the next morning), local time, on every night the period touches; across a clock change the
     * window is as long as the clocks make it.
     */
    long minutesBetweenEachNight(WorkPeriod period, LocalTime starts, LocalTime ends) {
        long minutes = 0;
        ZoneOffset steady = steadyOffset(period.startsAt(), period.endsAt());
        if (steady != null && period.startsAt().getNano() == 0 && period.endsAt().getNano() == 0) {
            return wholeSecondMinutesBetweenEachNight(period, starts, ends, steady.getTotalSeconds());
        }
        long lastNight = epochDayOf(period.endsAt(), steady);
        for (long day = epochDayOf(period.startsAt(), steady) - 1; day <= lastNight; day++) {
            Instant nightStarts = atTime(day, starts, steady);
            Instant nightEnds = atTime(day + 1, ends, steady);
            Instant from = later(nightStarts, period.startsAt());
            Instant to = earlier(nightEnds, period.endsAt());
            if (from.isBefore(to)) {
                minutes += Duration.between(from, to).toMinutes();
            }
        }
        return minutes;
    }

    /**
     * {@link #minutesBetweenEachNight} of a period of whole seconds in a steady offset, in epoch
     * seconds: the same nights and the same sums (each night's whole minutes, as
     * {@code Duration.toMinutes} truncates them), without an instant or a duration per night.
     */
    private static long wholeSecondMinutesBetweenEachNight(WorkPeriod period, LocalTime starts, LocalTime ends,
            int offsetSeconds) {
        long periodStarts = period.startsAt().getEpochSecond();
        long periodEnds = period.endsAt().getEpochSecond();
        long nightStartsAfterMidnight = starts.toSecondOfDay() - (long) offsetSeconds;
        long nightEndsAfterMidnight = SECONDS_PER_DAY + ends.toSecondOfDay() - (long) offsetSeconds;
        long lastNight = Math.floorDiv(periodEnds + offsetSeconds, SECONDS_PER_DAY);
        long minutes = 0;
        for (long day = Math.floorDiv(periodStarts + offsetSeconds, SECONDS_PER_DAY) - 1; day <= lastNight; day++) {
            long from = Math.max(day * SECONDS_PER_DAY + nightStartsAfterMidnight, periodStarts);
            long to = Math.min(day * SECONDS_PER_DAY + nightEndsAfterMidnight, periodEnds);
            if (from < to) {
                minutes += (to - from) / 60;
            }
        }
        return minutes;
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A stretch without work. */
    record Rest(Instant from, Instant to) {

        long minutes() {
            return Duration.between(from, to).toMinutes();
        }

        boolean overlaps(Instant start, Instant end) {
            return from.isBefore(end) && start.isBefore(to);
        }

        /**
         * How much of it counts for a week or fortnight: only the part inside it (reg 11(6) fixes
         * the periods, and a rest is counted in the period it falls in). A rest that begins on the
         * last evening of a fortnight gives that fortnight only its last hours, however long it
         * runs on into the next.
         */
        long minutesCountingFor(Instant start, Instant end) {
            return Math.max(0, Duration.between(later(from, start), earlier(to, end)).toMinutes());
        }
    }
}
