package io.careops.scheduling.workingtime.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
        Findings findings = new Findings(regime, focus);
        RestRules.dailyRest(worker, timeline, findings);
        RestRules.breaks(worker, timeline, findings);
        RestRules.weeklyRest(worker, timeline, findings);
        HourLimits.youngWorkerHours(worker, timeline, findings);
        HourLimits.youngNightWork(worker, timeline, findings);
        HourLimits.averageWeeklyHours(worker, regime, timeline, record.leaves(), findings);
        HourLimits.nightWork(worker, regime, timeline, findings);
        return findings.assessment();
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
