package io.careops.incidentsafety.incident.api;

import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.domain.IncidentStatus;
import io.careops.incidentsafety.incident.domain.RiskRating;
import io.careops.incidentsafety.incident.domain.Severity;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

public record IncidentResponse(UUID id, String reference, UUID careHomeId, UUID unitId, OffsetDateTime occurredAt,
        String timeZone, String reportedBy, String incidentType, Severity severity, RiskRating riskRating,
        String location, String description, String immediateActions, IncidentStatus status, Instant createdAt,
        Instant updatedAt) {

    static IncidentResponse of(Incident incident) {
        return new IncidentResponse(incident.id(), incident.reference(), incident.careHomeId(), incident.unitId(),
                incident.occurredAt().toOffsetDateTime(), incident.occurredAt().getZone().getId(),
                incident.reportedBy(), incident.incidentType(), incident.severity(), incident.riskRating(),
                incident.location(), incident.description(), incident.immediateActions(), incident.status(),
                incident.createdAt(), incident.updatedAt());
    }
}
