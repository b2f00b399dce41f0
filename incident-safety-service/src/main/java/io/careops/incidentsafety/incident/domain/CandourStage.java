package io.careops.incidentsafety.incident.domain;

/** The Duty of Candour procedure, in its order: notify, apologise, meet, review, report. */
public enum CandourStage {
    NOTIFY,
    APOLOGISE,
    MEET,
    REVIEW,
    REPORT
}
