package io.careops.scheduling.workingtime.domain;

import static io.careops.scheduling.workingtime.domain.Findings.figures;
import static io.careops.scheduling.workingtime.domain.Findings.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Consumer;

/**
 * Limits on hours: the 48-hour weekly average (reg 4) with excluded days made up from the days
 * after the reference period, the night worker's 8 hours in 24 (reg 6), and the young worker's
 * 8 hours a day and 40 a week without averaging (reg 5A).
 */
final class HourLimits {

    static final long AVERAGE_WEEKLY_LIMIT = 48 * 60;
    /** Above this average a manager is warned before the limit is reached. */
    static final long AVERAGE_WEEKLY_WARNING = 44 * 60;
    static final long NIGHT_LIMIT_PER_24_HOURS = 8 * 60;
    static final long YOUNG_DAILY_LIMIT = 8 * 60;
    static final long YOUNG_WEEKLY_LIMIT = 40 * 60;
    /** The shortest period averaged: a new starter's first week (see periodEndIndex). */
    static final int MINIMUM_PERIOD_DAYS = 7;

    private HourLimits() {
    }

    /**
     * The weekly average over every reference period ending on a day in focus (rolling, reg
     * 4(3)(b)), as (A + B) / C of reg 4(7): A the hours on days that are not excluded, B the
     * hours of the first days worked after the period, as many as there were excluded days,
     * C the weeks. Excluded days are annual, sick, maternity and paternity leave and days on
     * which the opt-out was in force (reg 4(6)). When fewer days have been worked (or planned)
     * after the period than were excluded, the average is taken over the days counted so far
     * and marked provisional. A new starter's period runs from the day employment began (reg 4(4)).
     * Consecutive reference periods over the limit are reported once, by the worst of them.
     */
    static void averageWeeklyHours(Worker worker, Regime regime, Timeline timeline, List<Leave> leaves,
            Findings findings) {
        averageWeeklyHours(worker, regime, timeline, leaves, findings, timeline.lastDay());
    }

    /**
     * The same, with the days after a period that make up its excluded days taken only up to
     * {@code lastDayKnown}: what a record ending that day gives (one layout judged for several
     * reports, {@link WorkingTimeEngine#assessReports}).
     */
    static void averageWeeklyHours(Worker worker, Regime regime, Timeline timeline, List<Leave> leaves,
            Findings findings, LocalDate lastDayKnown) {
        Basis basis = timeline.averagingBasis(worker, leaves);
        int lastIndex = Math.min(timeline.dayCount() - 1, timeline.index(lastDayKnown));
        int employed = employedIndex(worker, timeline);
        Run breach = null;
        Run warning = null;
        int lastEnd = lastEndIndex(findings.focus(), timeline);
        for (int end = timeline.index(findings.focus().from()); end <= lastEnd; end++) {
            // Only a period above the warning level is built: most are not, and their dates cost
            // more than their sums (JFR of a home's report: LocalDate.plusDays was a tenth of it).
            Average average = average(regime, timeline, basis, end, lastIndex, employed, AVERAGE_WEEKLY_WARNING);
            if (average == null && breach == null && warning == null) {
                continue; // not near the limit, and no run to close: most periods (no report callbacks made)
            }
            boolean over = average != null && average.over(AVERAGE_WEEKLY_LIMIT);
            boolean near = average != null && !over && average.over(AVERAGE_WEEKLY_WARNING);
            breach = Run.extend(breach, over ? average : null, run -> reportAverage(run, timeline, findings, false));
            warning = Run.extend(warning, near ? average : null, run -> reportAverage(run, timeline, findings, true));
        }
        Run.close(breach, run -> reportAverage(run, timeline, findings, false));
        Run.close(warning, run -> reportAverage(run, timeline, findings, true));
    }

    /** The average over the one reference period ending on {@code end}; null when no day counts. */
    static Average averageEnding(Worker worker, Regime regime, Timeline timeline, List<Leave> leaves, LocalDate end) {
        Basis basis = timeline.averagingBasis(worker, leaves);
        return average(regime, timeline, basis, timeline.index(end), timeline.dayCount() - 1,
                employedIndex(worker, timeline));
    }

    /** The day employment began as a day index of the timeline, or {@link Integer#MIN_VALUE} when not known. */
    private static int employedIndex(Worker worker, Timeline timeline) {
        return worker.employmentStart() == null ? Integer.MIN_VALUE : timeline.index(worker.employmentStart());
    }

    /**
     * The first day (as a day index of the timeline: the rules ask for every day judged, so this
     * is integer arithmetic) of the reference period ending on {@code end}. For a worker employed
     * for less than the reference period it is the time since employment began (reg 4(4)): a new
     * starter who has worked 60 hours in each of their first 4 weeks averages 60, not 60 x 4 / 17.
     * A period that would begin before employment begins on its first day ({@code employed}) instead.
     */
    private static int periodStartIndex(int end, Regime regime, int employed) {
        int start = end - regime.referenceWeeks() * 7 + 1;
        return start < employed ? employed : start;
    }

    /**
     * The last day (a day index) of the period ending on {@code end}: {@code end} itself, except in
     * a new starter's first week, which is judged as one whole week with the shifts planned in it.
     * An average over fewer than 7 days is not a weekly average (our reading: reg 4(2) speaks of
     * "each period of seven days"), and one 12-hour first day would otherwise read as an 84-hour
     * week. A day before employment began has no period (the caller finds no day to count).
     */
    private static int periodEndIndex(int end, int employed) {
        if (employed == Integer.MIN_VALUE || end < employed) {
            return end;
        }
        int firstWeekEnds = employed + MINIMUM_PERIOD_DAYS - 1;
        return end < firstWeekEnds ? firstWeekEnds : end;
    }

    /** The day index of the last reference period in focus: the focus's last day, or the last day loaded. */
    private static int lastEndIndex(Focus focus, Timeline timeline) {
        return timeline.index(focus.to().isAfter(timeline.lastDay()) ? timeline.lastDay() : focus.to());
    }

    /**
     * What every average of one person's record is taken from: which days are excluded (reg
     * 4(6)), and prefix sums of the minutes counted and the days excluded. Built once per record
     * ({@link Timeline#averagingBasis}), however many reference periods or shifts are judged.
     */
    record Basis(boolean[] excluded, long[] countedMinutes, int[] excludedSoFar, int[] workedDays,
            long[] workedSoFar, int[] firstWorkedFrom) {

        static Basis of(Worker worker, Timeline timeline, List<Leave> leaves) {
            if (nothingExcluded(worker, timeline, leaves)) {
                // Every day counts: the minutes counted are the timeline's own prefix sums, and no
                // day is made up (what the arrays below would hold, without building them).
                return new Basis(null, timeline.minutesSoFar(), null, null, null, null);
            }
            int days = timeline.dayCount();
            boolean[] excluded = new boolean[days];
            long[] countedMinutes = new long[days + 1];
            int[] excludedSoFar = new int[days + 1];
            for (Leave leave : leaves) {
                if (!leave.excludedFromAverage()) {
                    continue;
                }
                int from = Math.max(0, timeline.index(leave.firstDay()));
                int to = Math.min(days - 1, timeline.index(leave.lastDay()));
                for (int i = from; i <= to; i++) {
                    excluded[i] = true;
                }
            }
            int worked = 0;
            boolean optOut = worker.optOutFrom() != null;
            for (int i = 0; i < days; i++) {
                excluded[i] = excluded[i] || optOut && worker.optedOutOn(timeline.day(i));
                countedMinutes[i + 1] = countedMinutes[i] + (excluded[i] ? 0 : timeline.minutesAt(i));
                excludedSoFar[i + 1] = excludedSoFar[i] + (excluded[i] ? 1 : 0);
                worked += !excluded[i] && timeline.minutesAt(i) > 0 ? 1 : 0;
            }
            // The days counted and worked, in order, with their minutes summed, and for each day the
            // first of them on or after it: the days that make up a period's excluded days.
            int[] workedDays = new int[worked];
            long[] workedSoFar = new long[worked + 1];
            int[] firstWorkedFrom = new int[days + 1];
            for (int i = 0, k = 0; i < days; i++) {
                firstWorkedFrom[i] = k;
                if (!excluded[i] && timeline.minutesAt(i) > 0) {
                    workedDays[k] = i;
                    workedSoFar[k + 1] = workedSoFar[k] + timeline.minutesAt(i);
                    k++;
                }
            }
            firstWorkedFrom[days] = worked;
            return new Basis(excluded, countedMinutes, excludedSoFar, workedDays, workedSoFar, firstWorkedFrom);
        }

        /** No excluded leave and no opt-out in force on any day loaded. */
        private static boolean nothingExcluded(Worker worker, Timeline timeline, List<Leave> leaves) {
            LocalDate first = timeline.firstDay();
            LocalDate last = timeline.lastDay();
            for (Leave leave : leaves) {
                if (leave.excludedFromAverage() && !leave.firstDay().isAfter(last) && !leave.lastDay().isBefore(first)) {
                    return false;
                }
            }
            // The opt-out is in force from optOutFrom up to, not including, optOutUntil.
            return worker.optOutFrom() == null || worker.optOutFrom().isAfter(last)
                    || worker.optOutUntil() != null && !worker.optOutUntil().isAfter(first)
                    || worker.optOutUntil() != null && !worker.optOutUntil().isAfter(worker.optOutFrom());
        }

        /** Whether some day is excluded (else {@link #excludedSoFar} and the made-up days' arrays are null). */
        boolean excludes() {
            return excludedSoFar != null;
        }
    }

    /** Whether the person counts as a night worker over the period ending on {@code end}. */
    static boolean nightWorker(Worker worker, Regime regime, Timeline timeline, LocalDate lastDay) {
        int employed = employedIndex(worker, timeline);
        int end = timeline.index(lastDay);
        return nightWorker(worker, timeline, periodStartIndex(end, regime, employed), periodEndIndex(end, employed));
    }

    /** Whether the person counts as a night worker over the period of day indexes {@code start} to {@code end}. */
    private static boolean nightWorker(Worker worker, Timeline timeline, int start, int end) {
        if (worker.declaredNightWorker()) {
            return true;
        }
        int shifts = timeline.shiftsBetween(start, end);
        return shifts > 0 && timeline.nightShiftsBetween(start, end) * 2 >= shifts;
    }

    /** The average over the period ending on {@code lastDay}, its excluded days made up from days up to {@code lastIndex}. */
    private static Average average(Regime regime, Timeline timeline, Basis basis, int lastDay, int lastIndex,
            int employed) {
        return average(regime, timeline, basis, lastDay, lastIndex, employed, -1);
    }

    /**
     * The same, or null when it is not above {@code aboveMinutes} a week (compared exactly, as
     * {@link Average#over}); a negative {@code aboveMinutes} answers every average.
     */
    private static Average average(Regime regime, Timeline timeline, Basis basis, int lastDay, int lastIndex,
            int employed, long aboveMinutes) {
        long[] countedMinutes = basis.countedMinutes();
        int[] excludedSoFar = basis.excludedSoFar();
        // A period beginning before the first day loaded begins on it.
        int from = Math.max(0, periodStartIndex(lastDay, regime, employed));
        int end = periodEndIndex(lastDay, employed);
        int to = Math.min(end, timeline.dayCount() - 1);
        if (from > to) {
            return null;
        }
        int periodDays = end - from + 1;
        int excludedDays = basis.excludes() ? excludedSoFar[to + 1] - excludedSoFar[from] : 0;
        long worked = countedMinutes[to + 1] - countedMinutes[from];
        // The first days worked after the period, as many as were excluded (reg 4(7) B): none without any.
        int madeUpDays = 0;
        long madeUp = 0;
        if (excludedDays > 0) {
            int first = basis.firstWorkedFrom()[to + 1];
            madeUpDays = Math.min(excludedDays, basis.firstWorkedFrom()[Math.max(to, lastIndex) + 1] - first);
            madeUp = basis.workedSoFar()[first + madeUpDays] - basis.workedSoFar()[first];
        }
        int countedDays = periodDays - excludedDays + madeUpDays;
        if (countedDays <= 0 || aboveMinutes >= 0 && (worked + madeUp) * 7 <= aboveMinutes * countedDays) {
            return null;
        }
        return new Average(timeline.day(from), timeline.day(end), worked, madeUp, excludedDays, madeUpDays, countedDays);
    }

    private static void reportAverage(Run run, Timeline timeline, Findings findings, boolean warningOnly) {
        Average worst = run.worst();
        List<WorkPeriod> involved = timeline.onDays(worst.from(), worst.to());
        if (findings.focus().shiftId() != null
                && involved.stream().noneMatch(period -> period.shiftId().equals(findings.focus().shiftId()))) {
            return;
        }
        var figures = figures("averageWeeklyHours", worst.weeklyHours(), "limitHours", hours(AVERAGE_WEEKLY_LIMIT),
                "periodFrom", worst.from(), "periodTo", worst.to(), "hoursWorked", hours(worst.workedMinutes()),
                "excludedDays", worst.excludedDays(), "hoursMadeUpAfterPeriod", hours(worst.madeUpMinutes()),
                "daysMadeUp", worst.madeUpDays(), "provisional", worst.madeUpDays() < worst.excludedDays(),
                "periodsOverFrom", run.firstEnd(), "periodsOverTo", run.lastEnd());
        if (warningOnly) {
            findings.warning(Rule.AVERAGE_WEEKLY_HOURS, "average of " + worst.weeklyHours() + " h a week over "
                    + worst.from() + " to " + worst.to() + " is close to the 48 h limit", worst.to(), figures, involved);
        } else {
            findings.overLimit(Rule.AVERAGE_WEEKLY_HOURS, "average of " + worst.weeklyHours() + " h a week over "
                    + worst.from() + " to " + worst.to() + " exceeds 48 h and no opt-out was in force", worst.to(),
                    figures, involved);
        }
    }

    /**
     * A night worker, declared or normally working 3 hours of night time (at least half their
     * shifts in the period), averages at most 8 hours in 24 over the reference period, the days
     * of weekly rest entitlement (one in seven) left out (reg 6(5)). Unlike reg 4 there is no
     * opt-out.
     */
    static void nightWork(Worker worker, Regime regime, Timeline timeline, Findings findings) {
        Run breach = null;
        int employed = employedIndex(worker, timeline);
        int lastEnd = lastEndIndex(findings.focus(), timeline);
        for (int lastDay = timeline.index(findings.focus().from()); lastDay <= lastEnd; lastDay++) {
            int start = periodStartIndex(lastDay, regime, employed);
            int end = periodEndIndex(lastDay, employed);
            Average average = null;
            long minutes = start <= end ? timeline.minutesBetween(start, end) : 0;
            int periodDays = end - start + 1;
            // Over the limit first (prefix sums), and only then a night worker: the test of night
            // work measures every shift's night time, and most periods are far under the limit.
            if (start <= end && minutes * 7 > NIGHT_LIMIT_PER_24_HOURS * 6L * periodDays
                    && nightWorker(worker, timeline, start, end)) {
                // 24-hour periods less the weekly rest entitlement, as (B - C) of reg 6(5)
                double basis = periodDays - periodDays / 7.0;
                average = new Average(timeline.day(start), timeline.day(end), minutes, 0, 0, 0, periodDays)
                        .withPer24Hours(BigDecimal.valueOf(minutes / 60.0 / basis).setScale(2, RoundingMode.HALF_UP));
            }
            breach = Run.extend(breach, average, run -> reportNight(run, timeline, findings));
        }
        Run.close(breach, run -> reportNight(run, timeline, findings));
    }

    private static void reportNight(Run run, Timeline timeline, Findings findings) {
        Average worst = run.worst();
        List<WorkPeriod> involved = timeline.onDays(worst.from(), worst.to());
        if (findings.focus().shiftId() != null
                && involved.stream().noneMatch(period -> period.shiftId().equals(findings.focus().shiftId()))) {
            return;
        }
        findings.overLimit(Rule.NIGHT_WORK_AVERAGE, "a night worker averaged " + worst.per24Hours()
                + " h in 24 over " + worst.from() + " to " + worst.to() + " (limit 8 h)", worst.to(),
                figures("averageHoursPer24", worst.per24Hours(), "limitHours", hours(NIGHT_LIMIT_PER_24_HOURS),
                        "periodFrom", worst.from(), "periodTo", worst.to(), "hoursWorked", hours(worst.workedMinutes())),
                involved);
    }

    /** Young workers: 8 hours in any day and 40 in any week, on the days they are under 18. */
    static void youngWorkerHours(Worker worker, Timeline timeline, Findings findings) {
        Focus focus = findings.focus();
        LocalDate monday = focus.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!worker.youngOn(monday)) {
            return; // 18 or older on the first day either loop reads, so on every later day too
        }
        for (LocalDate day = focus.from(); !day.isAfter(focus.to()) && !day.isAfter(timeline.lastDay());
                day = day.plusDays(1)) {
            long minutes = timeline.minutesOn(day);
            if (worker.youngOn(day) && minutes > YOUNG_DAILY_LIMIT) {
                findings.violation(Rule.YOUNG_DAILY_HOURS, hours(minutes) + " h worked on " + day
                        + " by a worker under 18 (limit 8 h)", day, figures("hoursWorked", hours(minutes),
                        "limitHours", hours(YOUNG_DAILY_LIMIT)), timeline.onDays(day, day));
            }
        }
        for (; !monday.isAfter(focus.to()) && !monday.isAfter(timeline.lastDay()); monday = monday.plusWeeks(1)) {
            long minutes = 0;
            for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
                minutes += worker.youngOn(day) ? timeline.minutesOn(day) : 0;
            }
            if (minutes > YOUNG_WEEKLY_LIMIT) {
                findings.violation(Rule.YOUNG_WEEKLY_HOURS, hours(minutes) + " h worked under 18 in the week of "
                        + monday + " (limit 40 h)", monday, figures("weekStarting", monday, "hoursWorked",
                        hours(minutes), "limitHours", hours(YOUNG_WEEKLY_LIMIT)),
                        timeline.onDays(monday, monday.plusDays(6)));
            }
        }
    }

    /**
     * Young workers at night (reg 6A): no work in the restricted period, 22:00-06:00, or
     * 23:00-07:00 when the contract provides for work after 22:00 (reg 2). Each shift of a day on
     * which the worker is under 18 with minutes in it is a violation; in a special case (a
     * residential care home, which we take to be a "hospital or similar establishment") reg
     * 27A(2) sets reg 6A aside where continuity of service needs the work and no adult is
     * available, and reg 27A(4) requires equivalent compensatory rest: the minutes worked in the
     * restricted period are owed back, as for reg 21. The 00:00-04:00 core that reg 27A(3)
     * keeps applies to agriculture, retail, catering, hotels and bakeries, not to care.
     * Sources: legislation.gov.uk/uksi/1998/1833/regulation/6A and /regulation/27A (inserted by
     * SI 2002/3128); docs/domain.md section 2.
     */
    static void youngNightWork(Worker worker, Timeline timeline, Findings findings) {
        for (WorkPeriod period : timeline.periods()) {
            if (!worker.youngOn(period.rotaDate())) {
                continue;
            }
            long minutes = timeline.minutesBetweenEachNight(period, worker.restrictedPeriodStarts(),
                    worker.restrictedPeriodEnds());
            if (minutes > 0) {
                String window = worker.restrictedPeriodStarts() + "-" + worker.restrictedPeriodEnds();
                findings.shortfall(Rule.YOUNG_NIGHT_WORK, minutes, hours(minutes) + " h worked by a worker under 18 in"
                        + " the restricted period " + window, period.rotaDate(),
                        figures("restrictedHours", hours(minutes), "restrictedPeriod", window),
                        List.of(period), period.shiftId().toString());
            }
        }
    }

    /** One reference period's figures. */
    record Average(LocalDate from, LocalDate to, long workedMinutes, long madeUpMinutes, int excludedDays,
            int madeUpDays, int countedDays, BigDecimal per24Hours) {

        Average(LocalDate from, LocalDate to, long workedMinutes, long madeUpMinutes, int excludedDays, int madeUpDays,
                int countedDays) {
            this(from, to, workedMinutes, madeUpMinutes, excludedDays, madeUpDays, countedDays, null);
        }

        Average withPer24Hours(BigDecimal value) {
            return new Average(from, to, workedMinutes, madeUpMinutes, excludedDays, madeUpDays, countedDays, value);
        }

        /** Exact: (A + B) per week over the counted days is above the limit. */
        boolean over(long weeklyLimitMinutes) {
            return (workedMinutes + madeUpMinutes) * 7 > weeklyLimitMinutes * countedDays;
        }

        BigDecimal weeklyHours() {
            return BigDecimal.valueOf((workedMinutes + madeUpMinutes) * 7.0 / countedDays / 60.0)
                    .setScale(2, RoundingMode.HALF_UP);
        }

        /** Which of two periods is further over: compared exactly, without rounding. */
        boolean worseThan(Average other) {
            if (per24Hours != null && other.per24Hours != null) {
                return workedMinutes * other.countedDays > other.workedMinutes * countedDays;
            }
            return (workedMinutes + madeUpMinutes) * other.countedDays
                    > (other.workedMinutes + other.madeUpMinutes) * countedDays;
        }
    }

    /** Consecutive reference periods over a limit, reported once by the worst. */
    record Run(Average worst, LocalDate firstEnd, LocalDate lastEnd) {

        static Run extend(Run run, Average next, Consumer<Run> report) {
            if (next == null) {
                close(run, report);
                return null;
            }
            if (run == null) {
                return new Run(next, next.to(), next.to());
            }
            return new Run(next.worseThan(run.worst()) ? next : run.worst(), run.firstEnd(), next.to());
        }

        static void close(Run run, Consumer<Run> report) {
            if (run != null) {
                report.accept(run);
            }
        }
    }
}
