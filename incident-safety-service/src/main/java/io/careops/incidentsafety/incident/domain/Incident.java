package io.careops.incidentsafety.incident.domain;

import io.careops.incidentsafety.lifecycle.IllegalTransitionException;
import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Something that happened in a care home that harmed, or could have harmed, someone. */
@Entity
@Table(name = "incident")
public class Incident extends AuditedEntity {

    @Id
    private UUID id;
    private String reference;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "incident_type")
    private String incidentType;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_rating")
    private RiskRating riskRating;
    private String location;
    private String description;
    @Column(name = "immediate_actions")
    private String immediateActions;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    @Column(name = "harm_expected")
    private boolean harmExpected;
    private String witnesses;
    private String injuries;
    @Column(name = "body_map_completed")
    private boolean bodyMapCompleted;
    @Column(name = "gp_contacted")
    private boolean gpContacted;
    @Column(name = "ambulance_called")
    private boolean ambulanceCalled;
    @Column(name = "hospital_attendance")
    private boolean hospitalAttendance;
    @Column(name = "hospital_admission")
    private boolean hospitalAdmission;
    @Column(name = "medical_notes")
    private String medicalNotes;
    @Column(name = "resident_name")
    private String residentName;
    @Column(name = "resident_date_of_birth")
    private LocalDate residentDateOfBirth;
    @Column(name = "investigation_requested")
    private boolean investigationRequested;
    @Column(name = "care_inspectorate_notified_at")
    private Instant careInspectorateNotifiedAt;
    @Column(name = "care_inspectorate_reference")
    private String careInspectorateReference;
    @Column(name = "police_notified_at")
    private Instant policeNotifiedAt;
    @Column(name = "police_reference")
    private String policeReference;
    @Column(name = "local_authority_notified_at")
    private Instant localAuthorityNotifiedAt;
    @Column(name = "local_authority_reference")
    private String localAuthorityReference;
    @Column(name = "candour_notified_on")
    private LocalDate candourNotifiedOn;
    @Column(name = "candour_apologised_on")
    private LocalDate candourApologisedOn;
    @Column(name = "candour_meeting_on")
    private LocalDate candourMeetingOn;
    @Column(name = "candour_review_on")
    private LocalDate candourReviewOn;
    @Column(name = "candour_report_on")
    private LocalDate candourReportOn;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;

    protected Incident() {
        // for JPA
    }

    /** What the reporter tells us; the time is local to the home, as staff read it off a clock. */
    public record Report(UUID careHomeId, UUID unitId, LocalDate occurredOn, LocalTime occurredAtTime,
            ZoneId timeZone, IncidentType incidentType, Severity severity, RiskRating riskRating, String location,
            String description, String immediateActions, boolean harmExpected, String witnesses, Medical medical,
            Resident resident, boolean investigationRequested) {
    }

    /** Injuries and the medical follow-up. */
    public record Medical(String injuries, boolean bodyMapCompleted, boolean gpContacted, boolean ambulanceCalled,
            boolean hospitalAttendance, boolean hospitalAdmission, String notes) {

        public static final Medical NONE = new Medical(null, false, false, false, false, false, null);
    }

    /** The resident involved: special-category data. */
    public record Resident(String name, LocalDate dateOfBirth) {
    }

    /** When an authority was told, and the reference it gave. */
    public record Notification(Instant notifiedAt, String reference) {
    }

    public static Incident report(Report report, String reference, String reportedBy, Instant now) {
        ZoneId zone = report.timeZone() == null ? ZoneId.of("Europe/London") : report.timeZone();
        Instant occurred = ZonedDateTime.of(report.occurredOn(), report.occurredAtTime(), zone).toInstant();
        if (occurred.isAfter(now)) {
            throw ProblemException.ruleViolation("occurredOn", "an incident cannot be reported before it happens");
        }
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.reference = reference;
        incident.careHomeId = report.careHomeId();
        incident.unitId = report.unitId();
        incident.occurredAt = occurred;
        incident.timeZone = zone.getId();
        incident.reportedBy = reportedBy;
        incident.incidentType = report.incidentType().name();
        incident.severity = report.severity();
        incident.riskRating = report.riskRating();
        incident.location = report.location();
        incident.description = report.description().strip();
        incident.immediateActions = report.immediateActions();
        incident.harmExpected = report.harmExpected();
        incident.witnesses = report.witnesses();
        Medical medical = report.medical() == null ? Medical.NONE : report.medical();
        incident.injuries = medical.injuries();
        incident.bodyMapCompleted = medical.bodyMapCompleted();
        incident.gpContacted = medical.gpContacted();
        incident.ambulanceCalled = medical.ambulanceCalled();
        incident.hospitalAttendance = medical.hospitalAttendance();
        incident.hospitalAdmission = medical.hospitalAdmission();
        incident.medicalNotes = medical.notes();
        if (report.resident() != null) {
            if (report.resident().dateOfBirth() != null && report.resident().dateOfBirth().isAfter(report.occurredOn())) {
                throw ProblemException.ruleViolation("resident.dateOfBirth", "must be before the incident");
            }
            incident.residentName = report.resident().name();
            incident.residentDateOfBirth = report.resident().dateOfBirth();
        }
        incident.investigationRequested = report.investigationRequested();
        incident.status = IncidentStatus.OPEN;
        incident.created(now);
        return incident;
    }

    // --- derived, never stored ----------------------------------------------------------------

    public Optional<IncidentType> type() {
        return IncidentType.ofCode(incidentType);
    }

    public boolean careInspectorateNotifiable() {
        return IncidentRules.careInspectorateNotifiable(type().orElse(null), severity);
    }

    public boolean dutyOfCandourApplies() {
        return IncidentRules.dutyOfCandourApplies(severity, harmExpected);
    }

    public boolean investigationRequired() {
        return IncidentRules.investigationRequired(type().orElse(null), severity, investigationRequested);
    }

    // --- behaviour ----------------------------------------------------------------------------

    /**
     * Moves the incident along its lifecycle. Closing an incident that needs investigation waits
     * for its analysis to be approved.
     */
    public void moveTo(IncidentStatus target, boolean analysisApproved, String by, Instant now) {
        if (!status.allowedNext().contains(target)) {
            throw new IllegalTransitionException("Incident " + reference, status, target, status.allowedNext());
        }
        if (target == IncidentStatus.CLOSED) {
            if (investigationRequired() && !analysisApproved) {
                throw ProblemException.ruleViolation("to",
                        "this incident needs investigation: it cannot close before its root cause analysis is approved");
            }
            closedAt = now;
            closedBy = by;
        }
        status = target;
        changed(now);
    }

    /** Starting an analysis puts an open incident under investigation. */
    public void investigationStarted(Instant now) {
        if (status == IncidentStatus.CLOSED) {
            throw ProblemException.ruleViolation("incidentId", "the incident is closed");
        }
        if (status == IncidentStatus.OPEN) {
            status = IncidentStatus.UNDER_INVESTIGATION;
            changed(now);
        }
    }

    public void recordNotification(Authority authority, Instant notifiedAt, String authorityReference, Instant now) {
        if (notifiedAt.isAfter(now)) {
            throw ProblemException.ruleViolation("notifiedAt", "must not be in the future");
        }
        if (notifiedAt.isBefore(occurredAt)) {
            throw ProblemException.ruleViolation("notifiedAt", "must not be before the incident happened");
        }
        switch (authority) {
            case CARE_INSPECTORATE -> {
                careInspectorateNotifiedAt = notifiedAt;
                careInspectorateReference = authorityReference;
            }
            case POLICE -> {
                policeNotifiedAt = notifiedAt;
                policeReference = authorityReference;
            }
            case LOCAL_AUTHORITY -> {
                localAuthorityNotifiedAt = notifiedAt;
                localAuthorityReference = authorityReference;
            }
        }
        changed(now);
    }

    /**
     * Records a Duty of Candour stage. Only where the duty applies; the person must be notified
     * first, and no stage may be dated before an earlier stage or the incident.
     */
    public void recordCandourStage(CandourStage stage, LocalDate on, LocalDate today, Instant now) {
        if (!dutyOfCandourApplies()) {
            throw ProblemException.ruleViolation("stage",
                    "the Duty of Candour does not apply to this incident (it applies to unexpected moderate harm or worse)");
        }
        if (on.isAfter(today)) {
            throw ProblemException.ruleViolation("on", "must not be in the future");
        }
        if (on.isBefore(occurredAt().toLocalDate())) {
            throw ProblemException.ruleViolation("on", "must not be before the incident");
        }
        Map<CandourStage, LocalDate> stages = candourStages();
        if (stage != CandourStage.NOTIFY && stages.get(CandourStage.NOTIFY) == null) {
            throw ProblemException.ruleViolation("stage", "the person must be notified first");
        }
        for (CandourStage earlier : CandourStage.values()) {
            if (earlier.compareTo(stage) < 0 && stages.get(earlier) != null && on.isBefore(stages.get(earlier))) {
                throw ProblemException.ruleViolation("on", "must not be before the " + earlier + " stage (" + stages.get(earlier) + ")");
            }
            if (earlier.compareTo(stage) > 0 && stages.get(earlier) != null && on.isAfter(stages.get(earlier))) {
                throw ProblemException.ruleViolation("on", "must not be after the " + earlier + " stage (" + stages.get(earlier) + ")");
            }
        }
        switch (stage) {
            case NOTIFY -> candourNotifiedOn = on;
            case APOLOGISE -> candourApologisedOn = on;
            case MEET -> candourMeetingOn = on;
            case REVIEW -> candourReviewOn = on;
            case REPORT -> candourReportOn = on;
        }
        changed(now);
    }

    public Map<CandourStage, LocalDate> candourStages() {
        Map<CandourStage, LocalDate> stages = new EnumMap<>(CandourStage.class);
        stages.put(CandourStage.NOTIFY, candourNotifiedOn);
        stages.put(CandourStage.APOLOGISE, candourApologisedOn);
        stages.put(CandourStage.MEET, candourMeetingOn);
        stages.put(CandourStage.REVIEW, candourReviewOn);
        stages.put(CandourStage.REPORT, candourReportOn);
        return stages;
    }

    public Notification notification(Authority authority) {
        return switch (authority) {
            case CARE_INSPECTORATE -> new Notification(careInspectorateNotifiedAt, careInspectorateReference);
            case POLICE -> new Notification(policeNotifiedAt, policeReference);
            case LOCAL_AUTHORITY -> new Notification(localAuthorityNotifiedAt, localAuthorityReference);
        };
    }

    public UUID id() { return id; }
    public String reference() { return reference; }
    public UUID careHomeId() { return careHomeId; }
    public UUID unitId() { return unitId; }
    public ZonedDateTime occurredAt() { return occurredAt.atZone(ZoneId.of(timeZone)); }
    public String reportedBy() { return reportedBy; }
    public String incidentType() { return incidentType; }
    public Severity severity() { return severity; }
    public RiskRating riskRating() { return riskRating; }
    public String location() { return location; }
    public String description() { return description; }
    public String immediateActions() { return immediateActions; }
    public IncidentStatus status() { return status; }
    public boolean harmExpected() { return harmExpected; }
    public String witnesses() { return witnesses; }
    public Medical medical() {
        return new Medical(injuries, bodyMapCompleted, gpContacted, ambulanceCalled, hospitalAttendance,
                hospitalAdmission, medicalNotes);
    }
    public Optional<Resident> resident() {
        return residentName == null && residentDateOfBirth == null ? Optional.empty()
                : Optional.of(new Resident(residentName, residentDateOfBirth));
    }
    public boolean investigationRequested() { return investigationRequested; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
}
