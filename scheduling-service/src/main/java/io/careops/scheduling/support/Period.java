package io.careops.scheduling.support;

import io.careops.platform.problem.ProblemException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A run of rota days, {@code from} to {@code to}, both included. The one rule for the period a
 * report covers lives here ({@link #report}): it must not end before it starts and covers at
 * most {@value #MAX_REPORT_DAYS} days, a leap year; both refusals name the field {@code to} (422).
 * Every report (overtime, agency, working time, rota health) takes its period through it.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period a report covers: a leap year. */
    public static final int MAX_REPORT_DAYS = 366;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw ProblemException.ruleViolation("to", "the period ends before it starts");
        }
    }

    /** A report's period: the rule above, or 422 naming {@code to}. */
    public static Period report(LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        if (period.days() > MAX_REPORT_DAYS) {
            throw ProblemException.ruleViolation("to", "a report covers at most " + MAX_REPORT_DAYS + " days");
        }
        return period;
    }

    /** Days in the period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The period with {@code weeksBefore} weeks added before it and {@code weeksAfter} after it. */
    public Period widenedBy(long weeksBefore, long weeksAfter) {
        return new Period(from.minusWeeks(weeksBefore), to.plusWeeks(weeksAfter));
    }

    /** Each day, in order. */
    public Stream<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1));
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
