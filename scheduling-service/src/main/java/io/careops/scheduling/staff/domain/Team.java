package io.careops.scheduling.staff.domain;

/** The rota team a person belongs to (legacy A/B/C, or management). */
public enum Team {
    A,
    B,
    C,
    MGMT
}
