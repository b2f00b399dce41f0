package io.careops.scheduling.workingtime.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a finding weighs on an assignment. */
@Schema(name = "FindingSeverity")
public enum Severity {
    /** Against the law as it applies to this person: an assignment is refused unless overridden. */
    VIOLATION,
    /** Allowed under reg 21 only because equivalent compensatory rest is owed (reg 24). */
    COMPENSATORY_REST,
    /** Within the law, but worth a manager's attention. */
    WARNING
}
