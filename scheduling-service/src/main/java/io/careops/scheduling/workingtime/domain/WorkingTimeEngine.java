package io.careops.scheduling.workingtime.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The Working Time Regulations 1998 as plain code: fed a person's shifts and leave, it answers
 * every breach, shortfall and warning about the days in focus, and the compensatory rest owed.
 * It knows nothing of databases or HTTP, so every rule is tested with hand-built rotas.
 *
 * <p>What the legacy checker got wrong, and this does not: the 48 hours is an average over a
 * rolling reference period, not a cap on one week; hours are counted from the shifts' real
 * instants, not shift count x 12; rest is measured across midnight; and the opt-out applies on
 * exactly the days it is in force.
 */
public final class WorkingTimeEngine {

    private WorkingTimeEngine() {
    }

    public static Assessment assess(Worker worker, Regime regime, WorkRecord record, Focus focus) {
        return assess(worker, regime, new Timeline(regime.zone(), record), record, focus);
    }

    /**
     * The same answers as {@link #assess} for each focus in turn (several proposed shifts of one
     * person, judged on one record): the record is laid out in time, and the averaging basis
     * built, once rather than once per focus.
     */
    public static List<Assessment> assessEach(Worker worker, Regime regime, WorkRecord record, List<Focus> foci) {
        Timeline timeline = new Timeline(regime.zone(), record);
        return foci.stream().map(focus -> assess(worker, regime, timeline, record, focus)).toList();
    }

    private static Assessment assess(Worker worker, Regime regime, Timeline timeline, WorkRecord record, Focus focus) {
        return assess(worker, regime, timeline, record, focus, timeline.lastDay());
    }

    private static Assessment assess(Worker worker, Regime regime, Timeline timeline, WorkRecord record, Focus focus,
            LocalDate lastDayKnown) {
        Findings findings = new Findings(regime, focus);
        RestRules.dailyRest(worker, timeline, findings);
        RestRules.breaks(worker, timeline, findings);
        RestRules.weeklyRest(worker, timeline, findings);
        HourLimits.youngWorkerHours(worker, timeline, findings);
        HourLimits.youngNightWork(worker, timeline, findings);
        HourLimits.averageWeeklyHours(worker, regime, timeline, record.leaves(), findings, lastDayKnown);
        HourLimits.nightWork(worker, regime, timeline, findings);
        return findings.assessment();
    }

    /** The first day a report of the days from {@code from} reads: a reference period and a week before (so the first day's rest is known). */
    public static LocalDate reportFirstDay(Regime regime, LocalDate from) {
        return from.minusWeeks(regime.referenceWeeks() + 1L);
    }

    /** The last day a report of the days up to {@code to} reads: a reference period after (whose days make up excluded days). */
    public static LocalDate reportLastDay(Regime regime, LocalDate to) {
        return to.plusWeeks(regime.referenceWeeks());
    }

    /**
     * For each focus (runs of days, a history's weeks), exactly what {@link #assess} answers on
     * the record a report of those days alone reads ({@link #reportFirstDay} to
     * {@link #reportLastDay}: the shifts of those rota days and the leave overlapping them), from
     * one record covering all of them, laid out once. No rule reads a day of that window that
     * another focus's longer record would change, except the days after a reference period
     * that make up its excluded days: those are taken only up to the focus's own last day. A
     * record with a shift that starts before its rota day (clocked in early before midnight)
     * would put that shift's minutes on a day the shorter record does not count: such a record
     * is cut to each focus's window and laid out once per focus instead.
     *
     * @throws IllegalArgumentException when the record does not cover every focus's window
     */
    public static List<Assessment> assessReports(Worker worker, Regime regime, WorkRecord record, List<Focus> foci) {
        for (Focus focus : foci) {
            if (reportFirstDay(regime, focus.from()).isBefore(record.firstDay())
                    || reportLastDay(regime, focus.to()).isAfter(record.lastDay())) {
                throw new IllegalArgumentException("the record " + record.firstDay() + ".." + record.lastDay()
                        + " does not cover the report window of " + focus.from() + ".." + focus.to());
            }
        }
        Timeline timeline = new Timeline(regime.zone(), record);
        Boolean startsEarly = null; // looked at only when a focus's window is not the whole record
        List<Assessment> answers = new ArrayList<>(foci.size());
        for (Focus focus : foci) {
            LocalDate first = reportFirstDay(regime, focus.from());
            LocalDate last = reportLastDay(regime, focus.to());
            boolean whole = first.equals(record.firstDay()) && last.equals(record.lastDay());
            if (!whole && startsEarly == null) {
                startsEarly = timeline.periods().stream().anyMatch(period ->
                        period.startsAt().atZone(regime.zone()).toLocalDate().isBefore(period.rotaDate()));
            }
            if (whole || !startsEarly) {
                answers.add(assess(worker, regime, timeline, record, focus, last));
            } else {
                WorkRecord cut = cut(record, first, last);
                answers.add(assess(worker, regime, new Timeline(regime.zone(), cut), cut, focus));
            }
        }
        return answers;
    }

    /** The record as read for {@code first} to {@code last} alone: shifts of those rota days, leave overlapping them. */
    static WorkRecord cut(WorkRecord record, LocalDate first, LocalDate last) {
        List<WorkPeriod> periods = record.periods().stream()
                .filter(period -> !period.rotaDate().isBefore(first) && !period.rotaDate().isAfter(last)).toList();
        List<Leave> leaves = record.leaves().stream()
                .filter(leave -> !leave.firstDay().isAfter(last) && !leave.lastDay().isBefore(first)).toList();
        return new WorkRecord(periods, leaves, first, last);
    }

    /** Where the person stands on {@code day}: average, week's hours, last rest. */
    public static Standing standing(Worker worker, Regime regime, WorkRecord record, LocalDate day) {
        Timeline timeline = new Timeline(regime.zone(), record);
        HourLimits.Average average = HourLimits.averageEnding(worker, regime, timeline, record.leaves(), day);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long week = 0;
        for (LocalDate d = monday; !d.isAfter(monday.plusDays(6)); d = d.plusDays(1)) {
            week += timeline.minutesOn(d);
        }
        Instant endOfDay = timeline.startOf(day.plusDays(1));
        List<WorkPeriod> started = timeline.periods().stream()
                .filter(period -> period.startsAt().isBefore(endOfDay)).toList();
        WorkPeriod latest = started.isEmpty() ? null : started.get(started.size() - 1);
        WorkPeriod before = started.size() < 2 ? null : started.get(started.size() - 2);
        List<Timeline.Rest> rests = timeline.rests();
        return new Standing(average == null ? day.minusWeeks(regime.referenceWeeks()).plusDays(1) : average.from(), day,
                average == null ? null : average.weeklyHours(),
                average != null && average.madeUpDays() < average.excludedDays(),
                average == null ? 0 : average.excludedDays(),
                Findings.hours(average == null ? 0 : average.workedMinutes() + average.madeUpMinutes()), monday,
                Findings.hours(week),
                before == null ? null : Findings.hours(Duration.between(before.endsAt(), latest.startsAt()).toMinutes()),
                before == null ? null : before.endsAt(), latest == null || before == null ? null : latest.startsAt(),
                Findings.hours(longestRest(rests, timeline.startOf(day.minusDays(6)), endOfDay)),
                Findings.hours(longestRest(rests, timeline.startOf(day.minusDays(13)), endOfDay)),
                HourLimits.nightWorker(worker, regime, timeline, day));
    }

    private static long longestRest(List<Timeline.Rest> rests, Instant from, Instant to) {
        return rests.stream().filter(rest -> rest.overlaps(from, to))
                .mapToLong(rest -> Duration.between(Timeline.later(rest.from(), from),
                        Timeline.earlier(rest.to(), to)).toMinutes()).max().orElse(0);
    }

    /** Working hours on the calendar days {@code from} to {@code to}, as worked in the home's zone. */
    public static long workingMinutes(Regime regime, WorkRecord record, LocalDate from,
            LocalDate to) {
        Timeline timeline = new Timeline(regime.zone(), record);
        long minutes = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            minutes += timeline.minutesOn(day);
        }
        return minutes;
    }
}
