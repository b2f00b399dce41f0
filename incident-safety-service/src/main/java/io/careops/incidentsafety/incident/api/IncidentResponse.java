package io.careops.incidentsafety.incident.api;

import io.careops.incidentsafety.incident.domain.Authority;
import io.careops.incidentsafety.incident.domain.CandourStage;
import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.domain.IncidentStatus;
import io.careops.incidentsafety.incident.domain.IncidentType;
import io.careops.incidentsafety.incident.domain.RiskRating;
import io.careops.incidentsafety.incident.domain.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record IncidentResponse(UUID id, String reference, UUID careHomeId, @Schema(nullable = true) UUID unitId, OffsetDateTime occurredAt,
        String timeZone, String reportedBy, String incidentType, @Schema(nullable = true) String incidentTypeLabel, @Schema(nullable = true) String incidentTypeGroup,
        Severity severity, RiskRating riskRating, @Schema(nullable = true) String location, String description, @Schema(nullable = true) String immediateActions,
        @Schema(nullable = true) String witnesses, boolean harmExpected, Medical medical, @Schema(nullable = true) Resident resident,
        boolean residentRedacted, boolean investigationRequired, Notifications notifications,
        DutyOfCandour dutyOfCandour, IncidentStatus status, @Schema(nullable = true) Instant closedAt, @Schema(nullable = true) String closedBy, Instant createdAt,
        Instant updatedAt) {

    public record Medical(@Schema(nullable = true) String injuries, boolean bodyMapCompleted, boolean gpContacted, boolean ambulanceCalled,
            boolean hospitalAttendance, boolean hospitalAdmission, @Schema(nullable = true) String notes) {
    }

    /** Restricted: present for managers and admins only. */
    public record Resident(String name, @Schema(nullable = true) LocalDate dateOfBirth) {
    }

    public record Notification(@Schema(nullable = true) Instant notifiedAt, @Schema(nullable = true) String reference) {
        static Notification of(Incident.Notification notification) {
            return new Notification(notification.notifiedAt(), notification.reference());
        }
    }

    public record Notifications(CareInspectorate careInspectorate, Notification police, Notification localAuthority) {
    }

    /** {@code required} is derived from the incident's type and severity. */
    public record CareInspectorate(boolean required, @Schema(nullable = true) Instant notifiedAt, @Schema(nullable = true) String reference, boolean outstanding) {
    }

    /** {@code applies} is derived: unexpected moderate harm or worse. Stage dates as recorded. */
    public record DutyOfCandour(boolean applies, @Schema(nullable = true) LocalDate notifiedOn, @Schema(nullable = true) LocalDate apologisedOn, @Schema(nullable = true) LocalDate meetingOn,
            @Schema(nullable = true) LocalDate reviewOn, @Schema(nullable = true) LocalDate reportOn) {
    }

    /** {@code seesResident}: managers and admins only; others get the resident redacted. */
    static IncidentResponse of(Incident incident, boolean seesResident) {
        Incident.Notification inspectorate = incident.notification(Authority.CARE_INSPECTORATE);
        boolean notifiable = incident.careInspectorateNotifiable();
        Map<CandourStage, LocalDate> stages = incident.candourStages();
        Resident resident = incident.resident().map(found -> new Resident(found.name(), found.dateOfBirth())).orElse(null);
        Incident.Medical medical = incident.medical();
        return new IncidentResponse(incident.id(), incident.reference(), incident.careHomeId(), incident.unitId(),
                incident.occurredAt().toOffsetDateTime(), incident.occurredAt().getZone().getId(),
                incident.reportedBy(), incident.incidentType(),
                incident.type().map(IncidentType::label).orElse(null),
                incident.type().map(type -> type.group().name()).orElse(null),
                incident.severity(), incident.riskRating(), incident.location(), incident.description(),
                incident.immediateActions(), incident.witnesses(), incident.harmExpected(),
                new Medical(medical.injuries(), medical.bodyMapCompleted(), medical.gpContacted(), medical.ambulanceCalled(),
                        medical.hospitalAttendance(), medical.hospitalAdmission(), medical.notes()),
                seesResident ? resident : null, !seesResident && resident != null, incident.investigationRequired(),
                new Notifications(
                        new CareInspectorate(notifiable, inspectorate.notifiedAt(), inspectorate.reference(),
                                notifiable && inspectorate.notifiedAt() == null),
                        Notification.of(incident.notification(Authority.POLICE)),
                        Notification.of(incident.notification(Authority.LOCAL_AUTHORITY))),
                new DutyOfCandour(incident.dutyOfCandourApplies(), stages.get(CandourStage.NOTIFY),
                        stages.get(CandourStage.APOLOGISE), stages.get(CandourStage.MEET),
                        stages.get(CandourStage.REVIEW), stages.get(CandourStage.REPORT)),
                incident.status(), incident.closedAt(), incident.closedBy(), incident.createdAt(),
                incident.updatedAt());
    }
}
