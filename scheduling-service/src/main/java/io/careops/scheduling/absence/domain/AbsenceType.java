package io.careops.scheduling.absence.domain;

/** Why someone is away; leave, sickness and maternity leave matter for working-time averaging. */
public enum AbsenceType {
    ANNUAL_LEAVE,
    SICKNESS,
    TRAINING,
    MATERNITY_LEAVE,
    PATERNITY_LEAVE,
    OTHER
}
