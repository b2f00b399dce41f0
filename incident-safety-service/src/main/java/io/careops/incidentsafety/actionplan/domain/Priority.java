package io.careops.incidentsafety.actionplan.domain;

import java.time.LocalDate;
import java.time.Period;

/** Priority and the target it sets by default (docs/domain.md section 5). */
public enum Priority {
    /** Due in 24 hours: the next day. */
    IMMEDIATE(Period.ofDays(1)),
    HIGH(Period.ofWeeks(1)),
    MEDIUM(Period.ofMonths(1)),
    LOW(Period.ofMonths(3));

    private final Period due;

    Priority(Period due) {
        this.due = due;
    }

    public LocalDate defaultTarget(LocalDate identifiedOn) {
        return identifiedOn.plus(due);
    }
}
