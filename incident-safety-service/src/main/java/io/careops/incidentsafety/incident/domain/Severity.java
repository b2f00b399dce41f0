package io.careops.incidentsafety.incident.domain;

/** Harm to the person affected, from none to death (DOMAIN.md section 5). */
public enum Severity {
    NO_HARM,
    LOW_HARM,
    MODERATE_HARM,
    MAJOR_HARM,
    DEATH
}
