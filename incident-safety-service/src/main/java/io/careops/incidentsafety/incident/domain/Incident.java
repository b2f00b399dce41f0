package io.careops.incidentsafety.incident.domain;

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

    protected Incident() {
        // for JPA
    }

    /** What the reporter tells us; the time is local to the home, as staff read it off a clock. */
    public record Report(UUID careHomeId, UUID unitId, LocalDate occurredOn, LocalTime occurredAtTime,
            ZoneId timeZone, String incidentType, Severity severity, RiskRating riskRating, String location,
            String description, String immediateActions) {
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
        incident.incidentType = report.incidentType();
        incident.severity = report.severity();
        incident.riskRating = report.riskRating();
        incident.location = report.location();
        incident.description = report.description().strip();
        incident.immediateActions = report.immediateActions();
        incident.status = IncidentStatus.OPEN;
        incident.created(now);
        return incident;
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
}
