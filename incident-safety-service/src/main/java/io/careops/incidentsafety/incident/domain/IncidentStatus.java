package io.careops.incidentsafety.incident.domain;

public enum IncidentStatus {
    OPEN,
    UNDER_INVESTIGATION,
    CLOSED
}
