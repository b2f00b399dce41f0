package io.careops.scheduling.shift.domain;

/** Whether a shift is still planned, agreed, done or called off. "Uncovered" is not a status: it is an open shift. */
public enum ShiftStatus {
    SCHEDULED,
    CONFIRMED,
    WORKED,
    CANCELLED
}
