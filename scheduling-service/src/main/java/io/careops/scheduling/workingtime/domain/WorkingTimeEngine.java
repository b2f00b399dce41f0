package io.careops.scheduling.workingtime.domain;

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
        Timeline timeline = new Timeline(regime.zone(), record);
        Findings findings = new Findings(regime, focus);
        RestRules.dailyRest(worker, timeline, findings);
        RestRules.breaks(worker, timeline, findings);
        RestRules.weeklyRest(worker, timeline, findings);
        HourLimits.youngWorkerHours(worker, timeline, findings);
        HourLimits.averageWeeklyHours(worker, regime, timeline, record.leaves(), findings);
        HourLimits.nightWork(worker, regime, timeline, findings);
        return findings.assessment();
    }

    /** Working hours on the calendar days {@code from} to {@code to}, as worked in the home's zone. */
    public static long workingMinutes(Regime regime, WorkRecord record, java.time.LocalDate from,
            java.time.LocalDate to) {
        Timeline timeline = new Timeline(regime.zone(), record);
        long minutes = 0;
        for (java.time.LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            minutes += timeline.minutesOn(day);
        }
        return minutes;
    }
}
