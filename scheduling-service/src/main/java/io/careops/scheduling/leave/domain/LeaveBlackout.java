package io.careops.scheduling.leave.domain;

import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Days on which a unit cannot spare its staff for annual leave, and why. */
@Entity
@Table(name = "leave_blackout")
public class LeaveBlackout extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;
    private String reason;
    private boolean active;
    @Column(name = "created_by")
    private String createdBy;

    protected LeaveBlackout() {
        // for JPA
    }

    public static LeaveBlackout declare(UUID careHomeId, UUID unitId, LocalDate firstDay, LocalDate lastDay, String reason,
            String by, Instant now) {
        if (lastDay.isBefore(firstDay)) {
            throw ProblemException.ruleViolation("lastDay", "the last day is before the first");
        }
        LeaveBlackout blackout = new LeaveBlackout();
        blackout.id = UUID.randomUUID();
        blackout.careHomeId = careHomeId;
        blackout.unitId = unitId;
        blackout.firstDay = firstDay;
        blackout.lastDay = lastDay;
        blackout.reason = reason.strip();
        blackout.active = true;
        blackout.createdBy = by;
        blackout.created(now);
        return blackout;
    }

    /** Lifted: it no longer refuses requests, and stays on record. */
    public void lift(Instant now) {
        if (!active) {
            throw ProblemException.conflict("The blackout " + id + " is already lifted");
        }
        active = false;
        changed(now);
    }

    public boolean overlaps(LocalDate first, LocalDate last) {
        return !firstDay.isAfter(last) && !lastDay.isBefore(first);
    }

    public UUID id() { return id; }
    public UUID careHomeId() { return careHomeId; }
    public UUID unitId() { return unitId; }
    public LocalDate firstDay() { return firstDay; }
    public LocalDate lastDay() { return lastDay; }
    public String reason() { return reason; }
    public boolean active() { return active; }
    public String createdBy() { return createdBy; }
}
