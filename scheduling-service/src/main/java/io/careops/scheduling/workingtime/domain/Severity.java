package io.careops.scheduling.workingtime.domain;

/** How a finding weighs on an assignment. */
public enum Severity {
    /** Against the law as it applies to this person: an assignment is refused unless overridden. */
    VIOLATION,
    /** Allowed under reg 21 only because equivalent compensatory rest is owed (reg 24). */
    COMPENSATORY_REST,
    /** Within the law, but worth a manager's attention. */
    WARNING
}
