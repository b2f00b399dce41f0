package io.careops.incidentsafety.incident.domain;

/** How likely and how bad a recurrence would be, as the legacy risk matrix rated it. */
public enum RiskRating {
    LOW,
    MODERATE,
    HIGH,
    CRITICAL
}
