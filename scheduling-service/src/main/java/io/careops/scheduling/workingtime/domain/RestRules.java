package io.careops.scheduling.workingtime.domain;

import static io.careops.scheduling.workingtime.domain.Findings.figures;
import static io.careops.scheduling.workingtime.domain.Findings.hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Daily rest (reg 10), weekly rest (reg 11) and rest breaks (reg 12), for adults and young workers. */
final class RestRules {

    static final long ADULT_DAILY_REST = 11 * 60;
    static final long YOUNG_DAILY_REST = 12 * 60;
    static final long ADULT_WEEKLY_REST = 24 * 60;
    static final long ADULT_FORTNIGHTLY_REST = 48 * 60;
    static final long YOUNG_WEEKLY_REST = 48 * 60;
    static final long ADULT_BREAK_AFTER = 6 * 60;
    static final long ADULT_BREAK = 20;
    static final long YOUNG_BREAK_AFTER = 4 * 60 + 30;
    static final long YOUNG_BREAK = 30;
    /** Weeks run from Monday 00:00 (reg 11(6)); fortnights pair weeks counted from this Monday. */
    private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);

    private RestRules() {
    }

    /**
     * Rest between consecutive periods, and inside one long period: 11 hours in each 24 means a
     * single stretch over 13 hours already falls short. Rest across midnight counts in full.
     */
    static void dailyRest(Worker worker, Timeline timeline, Findings findings) {
        List<WorkPeriod> periods = timeline.periods();
        for (int i = 0; i < periods.size(); i++) {
            WorkPeriod current = periods.get(i);
            LocalDate day = current.rotaDate();
            boolean young = worker.youngOn(day);
            long required = young ? YOUNG_DAILY_REST : ADULT_DAILY_REST;
            Rule rule = young ? Rule.YOUNG_DAILY_REST : Rule.DAILY_REST;
            long longest = 24 * 60 - required;
            if (current.spanMinutes() > longest) {
                findings.shortfall(rule, current.spanMinutes() - longest, "a single shift of "
                        + hours(current.spanMinutes()) + " h leaves less than " + hours(required) + " h rest in 24 h", day,
                        figures("shiftHours", hours(current.spanMinutes()), "requiredRestHours", hours(required)),
                        List.of(current), current.shiftId().toString());
            }
            if (i == 0) {
                continue;
            }
            WorkPeriod previous = periods.get(i - 1);
            long rest = Duration.between(previous.endsAt(), current.startsAt()).toMinutes();
            if (rest < 0) {
                findings.violation(Rule.OVERLAPPING_SHIFTS, "two shifts overlap by " + hours(-rest) + " h", day,
                        figures("overlapHours", hours(-rest)), List.of(previous, current));
            } else if (rest < required) {
                findings.shortfall(rule, required - rest, "only " + hours(rest) + " h rest between shifts ("
                        + hours(required) + " h required)", day,
                        figures("restHours", hours(rest), "requiredRestHours", hours(required),
                                "restFrom", previous.endsAt().toString(), "restTo", current.startsAt().toString()),
                        List.of(previous, current), current.shiftId().toString());
            }
        }
    }

    /** A 20-minute break when the working day exceeds 6 hours; 30 minutes over 4.5 hours for the young. */
    static void breaks(Worker worker, Timeline timeline, Findings findings) {
        for (WorkPeriod period : timeline.periods()) {
            boolean young = worker.youngOn(period.rotaDate());
            long after = young ? YOUNG_BREAK_AFTER : ADULT_BREAK_AFTER;
            long required = young ? YOUNG_BREAK : ADULT_BREAK;
            if (period.workingMinutes() > after && period.unpaidBreakMinutes() < required) {
                findings.shortfall(young ? Rule.YOUNG_REST_BREAK : Rule.REST_BREAK,
                        required - period.unpaidBreakMinutes(), hours(period.workingMinutes()) + " h worked with a "
                                + period.unpaidBreakMinutes() + "-minute break (" + required + " minutes required)",
                        period.rotaDate(), figures("workingHours", hours(period.workingMinutes()),
                                "breakMinutes", period.unpaidBreakMinutes(), "requiredBreakMinutes", required),
                        List.of(period), period.shiftId().toString());
            }
        }
    }

    /**
     * 24 hours' uninterrupted rest in each week, or instead 48 hours (or two periods of 24) in
     * the fortnight; young workers need 48 hours in each week.
     */
    static void weeklyRest(Worker worker, Timeline timeline, Findings findings) {
        List<Timeline.Rest> rests = timeline.rests();
        LocalDate monday = findings.focus().from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(findings.focus().to()); monday = monday.plusWeeks(1)) {
            if (monday.plusDays(6).isAfter(timeline.lastDay()) || monday.isBefore(timeline.firstDay())) {
                continue;
            }
            Instant weekStarts = timeline.startOf(monday);
            Instant weekEnds = timeline.startOf(monday.plusWeeks(1));
            if (!timeline.worksBetween(weekStarts, weekEnds)) {
                continue;
            }
            boolean young = worker.youngOn(monday);
            long required = young ? YOUNG_WEEKLY_REST : ADULT_WEEKLY_REST;
            long longest = longest(rests, timeline.firstRestEndingAfter(weekStarts), weekStarts, weekEnds);
            if (longest >= required || (!young && fortnightSatisfied(rests, timeline, monday))) {
                continue;
            }
            List<WorkPeriod> worked = timeline.overlapping(weekStarts, weekEnds);
            findings.shortfall(young ? Rule.YOUNG_WEEKLY_REST : Rule.WEEKLY_REST, required - longest,
                    "the longest uninterrupted rest in the week of " + monday + " is " + hours(longest) + " h ("
                            + hours(required) + " h required" + (young ? ")" : ", or 48 h in the fortnight)"),
                    monday, figures("weekStarting", monday, "longestRestHours", hours(longest),
                            "requiredRestHours", hours(required)), worked, monday.toString());
        }
    }

    /** The longest part inside [from, to) of the rests from index {@code first} on (none before it reaches past from). */
    private static long longest(List<Timeline.Rest> rests, int first, Instant from, Instant to) {
        long longest = 0;
        for (Timeline.Rest rest : rests.subList(first, rests.size())) {
            if (!rest.from().isBefore(to)) {
                break; // in time order: none later overlaps
            }
            if (rest.overlaps(from, to)) {
                longest = Math.max(longest, rest.minutesCountingFor(from, to));
            }
        }
        return longest;
    }

    private static boolean fortnightSatisfied(List<Timeline.Rest> rests, Timeline timeline, LocalDate monday) {
        long weekNumber = ChronoUnit.WEEKS.between(FIRST_MONDAY, monday);
        LocalDate fortnightStarts = weekNumber % 2 == 0 ? monday : monday.minusWeeks(1);
        Instant from = timeline.startOf(fortnightStarts);
        Instant to = timeline.startOf(fortnightStarts.plusWeeks(2));
        int weeklyRests = 0;
        for (Timeline.Rest rest : rests.subList(timeline.firstRestEndingAfter(from), rests.size())) {
            if (!rest.from().isBefore(to)) {
                break; // in time order: none later overlaps
            }
            if (rest.overlaps(from, to)) {
                long minutes = rest.minutesCountingFor(from, to);
                if (minutes >= ADULT_FORTNIGHTLY_REST) {
                    return true;
                }
                weeklyRests += minutes >= ADULT_WEEKLY_REST ? 1 : 0;
            }
        }
        return weeklyRests >= 2;
    }
}
