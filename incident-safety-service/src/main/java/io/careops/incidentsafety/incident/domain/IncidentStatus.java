package io.careops.incidentsafety.incident.domain;

import java.util.List;

public enum IncidentStatus {
    OPEN,
    UNDER_INVESTIGATION,
    CLOSED;

    /** The moves out of this status; a closed incident stays closed. */
    public List<IncidentStatus> allowedNext() {
        return switch (this) {
            case OPEN -> List.of(UNDER_INVESTIGATION, CLOSED);
            case UNDER_INVESTIGATION -> List.of(CLOSED);
            case CLOSED -> List.of();
        };
    }
}
