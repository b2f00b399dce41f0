package io.careops.incidentsafety.actionplan.domain;

public enum ActionType {
    CORRECTIVE,
    PREVENTIVE,
    IMPROVEMENT
}
