package io.careops.incidentsafety.actionplan.domain;

/**
 * The VA/IHI action hierarchy: stronger actions change the system (forcing functions,
 * simplification), intermediate ones reduce reliance on memory (checklists, staffing), weaker
 * ones rely on people (training, new policies).
 */
public enum ActionStrength {
    STRONGER,
    INTERMEDIATE,
    WEAKER
}
