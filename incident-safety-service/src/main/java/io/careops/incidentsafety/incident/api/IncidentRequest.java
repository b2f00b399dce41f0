package io.careops.incidentsafety.incident.api;

import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.domain.RiskRating;
import io.careops.incidentsafety.incident.domain.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncidentRequest", description = "An incident as the reporter describes it")
public record IncidentRequest(
        @NotNull UUID careHomeId,
        UUID unitId,
        @NotNull @Schema(examples = "2026-01-16") LocalDate occurredOn,
        @NotNull @Schema(description = "Local time at the home", examples = "10:45") LocalTime occurredAt,
        @Schema(description = "IANA zone of the home; defaults to Europe/London") ZoneId timeZone,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}", message = "must be an incident type code like FALL")
        @Schema(examples = "MED_ERROR_WRONG_DOSE") String incidentType,
        @NotNull Severity severity,
        @NotNull RiskRating riskRating,
        @Size(max = 500) @Schema(examples = "Unit VG_LILY, bedroom 29") String location,
        @NotBlank @Size(max = 20000) @Schema(description = "A factual account") String description,
        @Size(max = 20000) String immediateActions) {

    Incident.Report toReport() {
        return new Incident.Report(careHomeId, unitId, occurredOn, occurredAt, timeZone, incidentType, severity,
                riskRating, location, description, immediateActions);
    }
}
