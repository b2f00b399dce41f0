package io.careops.scheduling.absence.domain;

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
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;

/** Whole days a member of staff is away, as requested and then decided. */
@Entity
@Table(name = "absence")
public class Absence extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "absence_type")
    private AbsenceType type;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Enumerated(EnumType.STRING)
    private AbsenceState state;
    private String notes;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    /** The leave hours the request uses when not the default (see LeaveArithmetic); null: the default. */
    @Column(name = "leave_hours")
    private java.math.BigDecimal leaveHours;
    @Column(name = "blackout_override_reason")
    private String blackoutOverrideReason;
    @Column(name = "blackout_overridden_by")
    private String blackoutOverriddenBy;

    protected Absence() {
        // for JPA
    }

    public static Absence request(UUID staffId, UUID careHomeId, AbsenceType type, LocalDate firstDay, LocalDate lastDay,
            String notes, String by, Instant now) {
        if (lastDay.isBefore(firstDay)) {
            throw ProblemException.ruleViolation("lastDay", "the last day is before the first");
        }
        Absence absence = new Absence();
        absence.id = UUID.randomUUID();
        absence.staffId = staffId;
        absence.careHomeId = careHomeId;
        absence.type = type;
        absence.firstDay = firstDay;
        absence.lastDay = lastDay;
        absence.state = AbsenceState.REQUESTED;
        absence.notes = notes;
        absence.requestedBy = by;
        absence.created(now);
        return absence;
    }

    /** Moves along the lifecycle; anything else is a 409 that lists the allowed moves. */
    public void decide(AbsenceState target, String by, Instant now) {
        if (!state.next().contains(target)) {
            String allowed = state.next().isEmpty() ? "none" : state.next().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", "));
            throw ProblemException.conflict("An absence that is " + state + " cannot become " + target
                    + "; allowed: " + allowed);
        }
        state = target;
        decidedBy = by;
        decidedAt = now;
        changed(now);
    }

    /** As {@link #decide(AbsenceState, String, Instant)}, with the reason given to the person (may be null). */
    public void decide(AbsenceState target, String reason, String by, Instant now) {
        decide(target, by, now);
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** The leave hours this request uses, when it says (e.g. a 12.5-hour weekend shift); 0 < hours <= 24 a day. */
    public void useLeaveHours(java.math.BigDecimal hours) {
        if (hours != null) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
            if (hours.signum() <= 0 || hours.compareTo(java.math.BigDecimal.valueOf(24 * days)) > 0) {
                throw ProblemException.ruleViolation("leaveHours", "must be more than 0 and at most 24 a day ("
                        + 24 * days + " for " + days + " day(s))");
            }
        }
        this.leaveHours = hours;
    }

    /** A manager's decision to let the leave through a blackout of the person's unit. */
    public void overrideBlackout(String reason, String by, Instant now) {
        this.blackoutOverrideReason = reason;
        this.blackoutOverriddenBy = by;
        changed(now);
    }

    public boolean blackoutOverridden() {
        return blackoutOverrideReason != null;
    }

    /** The instants the days cover in the home's zone: from the first midnight to the one after the last day. */
    public Instant startsAt(ZoneId zone) {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public UUID id() { return id; }
    public UUID staffId() { return staffId; }
    public UUID careHomeId() { return careHomeId; }
    public AbsenceType type() { return type; }
    public LocalDate firstDay() { return firstDay; }
    public LocalDate lastDay() { return lastDay; }
    public AbsenceState state() { return state; }
    public String notes() { return notes; }
    public String requestedBy() { return requestedBy; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionReason() { return decisionReason; }
    public java.math.BigDecimal leaveHours() { return leaveHours; }
    public String blackoutOverrideReason() { return blackoutOverrideReason; }
    public String blackoutOverriddenBy() { return blackoutOverriddenBy; }
}
