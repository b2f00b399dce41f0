package io.careops.incidentsafety.incident.api;

import io.careops.incidentsafety.incident.domain.IncidentStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record IncidentTransitionRequest(@NotNull IncidentStatus to, @Size(max = 5000) String note) {
}
