package io.careops.incidentsafety.incident.api;

import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.domain.IncidentType;
import io.careops.incidentsafety.incident.domain.RiskRating;
import io.careops.incidentsafety.incident.domain.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
        @NotNull @Schema(description = "A code of the legacy catalogue (GET /api/v1/incident-types)",
                examples = "MED_ERROR_WRONG_DOSE") IncidentType incidentType,
        @NotNull Severity severity,
        @NotNull RiskRating riskRating,
        @Size(max = 500) @Schema(examples = "Unit VG_LILY, bedroom 29") String location,
        @NotBlank @Size(max = 20000) @Schema(description = "A factual account") String description,
        @Size(max = 20000) String immediateActions,
        @Schema(description = "True when the harm was the expected course of the person's condition or treatment; "
                + "the Duty of Candour applies only to unexpected harm. Default false.") Boolean harmExpected,
        @Size(max = 5000) String witnesses,
        @Valid MedicalFollowUp medical,
        @Valid @Schema(description = "The resident involved; only managers and admins can read it back") ResidentInvolved resident,
        @Schema(description = "Ask for an investigation even where the rules do not require one") Boolean investigationRequired) {

    @Schema(name = "MedicalFollowUp")
    public record MedicalFollowUp(@Size(max = 5000) String injuries, boolean bodyMapCompleted, boolean gpContacted,
            boolean ambulanceCalled, boolean hospitalAttendance, boolean hospitalAdmission,
            @Size(max = 5000) String notes) {
    }

    @Schema(name = "ResidentInvolved")
    public record ResidentInvolved(@NotBlank @Size(max = 200) String name, LocalDate dateOfBirth) {
    }

    Incident.Report toReport() {
        Incident.Medical medicalFollowUp = medical == null ? null
                : new Incident.Medical(medical.injuries(), medical.bodyMapCompleted(), medical.gpContacted(),
                        medical.ambulanceCalled(), medical.hospitalAttendance(), medical.hospitalAdmission(),
                        medical.notes());
        Incident.Resident involved = resident == null ? null : new Incident.Resident(resident.name().strip(), resident.dateOfBirth());
        return new Incident.Report(careHomeId, unitId, occurredOn, occurredAt, timeZone, incidentType, severity,
                riskRating, location, description, immediateActions, Boolean.TRUE.equals(harmExpected), witnesses,
                medicalFollowUp, involved, Boolean.TRUE.equals(investigationRequired));
    }
}
