package io.careops.scheduling.shift.domain;

/** How a shift is staffed and paid. */
public enum Classification {
    REGULAR,
    OVERTIME,
    AGENCY,
    BANK
}
