package io.careops.scheduling.shift.domain;

import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A shift on a unit's rota. It is open while no one is assigned; agency shifts are covered by an
 * agency worker rather than a member of staff. Cancelled shifts stay in history.
 */
@Entity
@Table(name = "shift")
public class Shift extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "shift_type_id")
    private UUID shiftTypeId;
    @Column(name = "shift_date")
    private LocalDate date;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "unpaid_break_minutes")
    private int unpaidBreakMinutes;
    @Column(name = "staff_id")
    private UUID staffId;
    @Enumerated(EnumType.STRING)
    private ShiftStatus status;
    @Enumerated(EnumType.STRING)
    private Classification classification;
    private boolean overtime;
    @Column(name = "agency_company_id")
    private UUID agencyCompanyId;
    @Column(name = "agency_worker_name")
    private String agencyWorkerName;
    @Column(name = "agency_hourly_rate")
    private BigDecimal agencyHourlyRate;
    private String notes;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "certification_warning")
    private String certificationWarning;
    @Column(name = "certification_override_reason")
    private String certificationOverrideReason;
    @Column(name = "actual_start")
    private Instant actualStart;
    @Column(name = "actual_end")
    private Instant actualEnd;
    @Column(name = "actual_reason")
    private String actualReason;
    @Column(name = "actual_recorded_by")
    private String actualRecordedBy;
    @Column(name = "actual_recorded_at")
    private Instant actualRecordedAt;

    protected Shift() {
        // for JPA
    }

    /** Who works it: a member of staff, an agency worker, or no one yet (open). */
    public record Cover(UUID staffId, UUID agencyCompanyId, String agencyWorkerName, BigDecimal agencyHourlyRate) {

        public static Cover open() {
            return new Cover(null, null, null, null);
        }
    }

    /**
     * Plans a shift. {@code overtime} may be null (derived: true for OVERTIME, else false); it may
     * be set for a regular or bank shift paid as overtime, never for agency work.
     */
    public static Shift plan(UUID careHomeId, UUID unitId, UUID shiftTypeId, ShiftTimes times, int unpaidBreakMinutes,
            Classification classification, Boolean overtime, Cover cover, String notes, String by, Instant now) {
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.careHomeId = careHomeId;
        shift.unitId = unitId;
        shift.shiftTypeId = shiftTypeId;
        shift.date = times.date();
        shift.startTime = times.start();
        shift.endTime = times.end();
        shift.startsAt = times.startsAt();
        shift.endsAt = times.endsAt();
        shift.unpaidBreakMinutes = unpaidBreakMinutes;
        shift.classification = classification;
        shift.overtime = overtimeFor(classification, overtime);
        shift.status = ShiftStatus.SCHEDULED;
        shift.notes = notes;
        shift.createdBy = by;
        shift.updatedBy = by;
        shift.cover(cover);
        if (unpaidBreakMinutes >= times.duration().toMinutes()) {
            throw ProblemException.ruleViolation("unpaidBreakMinutes", "the unpaid break is as long as the shift");
        }
        shift.created(now);
        return shift;
    }

    private static boolean overtimeFor(Classification classification, Boolean requested) {
        if (classification == Classification.OVERTIME) {
            if (Boolean.FALSE.equals(requested)) {
                throw ProblemException.ruleViolation("overtime", "an OVERTIME shift is always overtime");
            }
            return true;
        }
        if (classification == Classification.AGENCY) {
            if (Boolean.TRUE.equals(requested)) {
                throw ProblemException.ruleViolation("overtime", "agency work is never overtime");
            }
            return false;
        }
        return Boolean.TRUE.equals(requested);
    }

    private void cover(Cover cover) {
        if (classification == Classification.AGENCY) {
            if (cover.agencyCompanyId() == null) {
                throw ProblemException.ruleViolation("agencyCompanyId", "an agency shift needs its agency company");
            }
            if (cover.staffId() != null) {
                throw ProblemException.ruleViolation("staffId", "an agency shift is worked by the agency's worker, not staff");
            }
            if (cover.agencyHourlyRate() == null) {
                throw ProblemException.ruleViolation("agencyHourlyRate", "an agency shift needs the rate charged");
            }
        } else if (cover.agencyCompanyId() != null || cover.agencyWorkerName() != null || cover.agencyHourlyRate() != null) {
            throw ProblemException.ruleViolation("agencyCompanyId", "only an AGENCY shift has agency details");
        }
        this.staffId = cover.staffId();
        this.agencyCompanyId = cover.agencyCompanyId();
        this.agencyWorkerName = cover.agencyWorkerName();
        this.agencyHourlyRate = cover.agencyHourlyRate();
    }

    /** Fills an open shift (or replaces who works it) with a member of staff. */
    public void assign(UUID staffId, String by, Instant now) {
        requireChangeable();
        if (classification == Classification.AGENCY) {
            throw ProblemException.ruleViolation("staffId", "an agency shift is worked by the agency's worker, not staff");
        }
        this.staffId = staffId;
        touched(by, now);
    }

    /**
     * A manager's edit: times, unit, type, unpaid break, notes, and who works it (null: open
     * again). The caller has checked the planning rules for the new shape.
     */
    public void reshape(UUID unitId, UUID shiftTypeId, ShiftTimes times, int unpaidBreakMinutes, String notes,
            UUID staffId, String by, Instant now) {
        requireChangeable();
        if (staffId != null && classification == Classification.AGENCY) {
            throw ProblemException.ruleViolation("staffId", "an agency shift is worked by the agency's worker, not staff");
        }
        if (unpaidBreakMinutes >= times.duration().toMinutes()) {
            throw ProblemException.ruleViolation("unpaidBreakMinutes", "the unpaid break is as long as the shift");
        }
        this.unitId = unitId;
        this.shiftTypeId = shiftTypeId;
        this.date = times.date();
        this.startTime = times.start();
        this.endTime = times.end();
        this.startsAt = times.startsAt();
        this.endsAt = times.endsAt();
        this.unpaidBreakMinutes = unpaidBreakMinutes;
        this.notes = notes;
        this.staffId = staffId;
        touched(by, now);
    }

    /**
     * What the certification check said about the person now assigned: a warning when compliance
     * could not answer or a manager overrode a lapsed certification (with the reason), or nothing.
     */
    public void certificationChecked(String warning, String overrideReason) {
        this.certificationWarning = warning;
        this.certificationOverrideReason = overrideReason;
    }

    /** Cancelled shifts stay in history; a worked shift cannot be cancelled. */
    public void cancel(String by, Instant now) {
        requireChangeable();
        status = ShiftStatus.CANCELLED;
        touched(by, now);
    }

    /** Agreed with the person who will work it, so an open shift cannot be confirmed. */
    public void confirm(String by, Instant now) {
        requireChangeable();
        if (isOpen()) {
            throw ProblemException.conflict("An open shift cannot be confirmed: assign it first");
        }
        status = ShiftStatus.CONFIRMED;
        touched(by, now);
    }

    /** Recorded once it has ended, by whoever staffed it. */
    public void markWorked(String by, Instant now) {
        requireChangeable();
        if (isOpen()) {
            throw ProblemException.conflict("An open shift cannot be marked as worked: assign it first");
        }
        if (now.isBefore(endsAt)) {
            throw ProblemException.conflict("A shift can only be marked as worked once it has ended");
        }
        status = ShiftStatus.WORKED;
        touched(by, now);
    }

    private void requireChangeable() {
        if (status == ShiftStatus.CANCELLED || status == ShiftStatus.WORKED) {
            throw ProblemException.conflict("The shift is " + status + " and can no longer change");
        }
    }

    private void touched(String by, Instant now) {
        updatedBy = by;
        changed(now);
    }

    /** Actual hours never run longer than this: a longer record is a typo, not a shift. */
    public static final Duration LONGEST_ACTUAL = Duration.ofHours(24);
    /** How far actual hours may lie from the plan (a late start, a shift kept on, a night over). */
    public static final Duration ACTUAL_DRIFT = Duration.ofHours(12);

    /**
     * A manager records (or corrects) when the shift really started and ended, with the reason:
     * both ends, the end after the start and not in the future, within 12 hours of the plan.
     */
    public void recordActual(Instant start, Instant end, String reason, String by, Instant now) {
        requireStaffedAndLive();
        if (!end.isAfter(start)) {
            throw ProblemException.ruleViolation("actualEnd", "the actual end must come after the actual start");
        }
        if (Duration.between(start, end).compareTo(LONGEST_ACTUAL) > 0) {
            throw ProblemException.ruleViolation("actualEnd", "actual hours cover at most 24 hours");
        }
        if (end.isAfter(now)) {
            throw ProblemException.ruleViolation("actualEnd", "the actual end is in the future");
        }
        if (Duration.between(times().startsAt(), start).abs().compareTo(ACTUAL_DRIFT) > 0) {
            throw ProblemException.ruleViolation("actualStart", "the actual start is more than 12 hours from the planned start");
        }
        if (Duration.between(times().endsAt(), end).abs().compareTo(ACTUAL_DRIFT) > 0) {
            throw ProblemException.ruleViolation("actualEnd", "the actual end is more than 12 hours from the planned end");
        }
        actualStart = start;
        actualEnd = end;
        actualReason = reason;
        actualRecorded(by, now);
    }

    /** The person on the shift clocks in: from {@code window} before the planned start until its end, once. */
    public void clockIn(Duration window, String by, Instant now) {
        requireStaffedAndLive();
        if (actualStart != null) {
            throw ProblemException.conflict("Already clocked in at " + actualStart);
        }
        if (now.isBefore(startsAt.minus(window))) {
            throw ProblemException.ruleViolation("clockIn", "clock-in opens " + window.toMinutes()
                    + " minutes before the shift starts (" + startsAt + ")");
        }
        if (!now.isBefore(endsAt)) {
            throw ProblemException.ruleViolation("clockIn", "the shift has ended: ask a manager to record the hours");
        }
        actualStart = now;
        actualEnd = null;
        actualReason = null;
        actualRecorded(by, now);
    }

    /** The person clocks out: after clocking in, once, within 24 hours of it. */
    public void clockOut(String by, Instant now) {
        requireStaffedAndLive();
        if (actualStart == null) {
            throw ProblemException.conflict("Not clocked in: clock in first");
        }
        if (actualEnd != null) {
            throw ProblemException.conflict("Already clocked out at " + actualEnd);
        }
        if (!now.isAfter(actualStart)) {
            throw ProblemException.ruleViolation("clockOut", "clock-out must come after clock-in");
        }
        if (Duration.between(actualStart, now).compareTo(LONGEST_ACTUAL) > 0) {
            throw ProblemException.ruleViolation("clockOut", "more than 24 hours after clock-in: ask a manager to record the hours");
        }
        actualEnd = now;
        actualRecorded(by, now);
    }

    private void requireStaffedAndLive() {
        if (status == ShiftStatus.CANCELLED) {
            throw ProblemException.conflict("The shift is CANCELLED: it has no actual hours");
        }
        if (isOpen()) {
            throw ProblemException.conflict("An open shift has no actual hours: assign it first");
        }
    }

    private void actualRecorded(String by, Instant now) {
        actualRecordedBy = by;
        actualRecordedAt = now;
        touched(by, now);
    }

    /** Both ends of the actual hours are known. */
    public boolean hasActualHours() {
        return actualStart != null && actualEnd != null;
    }

    /**
     * Paid minutes as worked: the actual span less the unpaid break where both ends are recorded
     * (never below zero), the plan otherwise. Payroll and the overtime report count these.
     */
    public long paidMinutesWorked() {
        if (!hasActualHours()) {
            return paidDuration().toMinutes();
        }
        return Math.max(0, Duration.between(actualStart, actualEnd).toMinutes() - unpaidBreakMinutes);
    }

    /** Needs covering: no one assigned, not agency-covered, not cancelled. */
    public boolean isOpen() {
        return staffId == null && classification != Classification.AGENCY && status != ShiftStatus.CANCELLED;
    }

    /** Who works it, where and when, as it is now: kept before a change to tell the person what it was. */
    public record Snapshot(UUID staffId, UUID unitId, ShiftTimes times) {
    }

    public Snapshot snapshot() {
        return new Snapshot(staffId, unitId, times());
    }

    public ShiftTimes times() {
        return new ShiftTimes(date, startTime, endTime, startsAt, endsAt);
    }

    public Duration paidDuration() {
        return times().duration().minusMinutes(unpaidBreakMinutes);
    }

    public UUID id() { return id; }
    public UUID careHomeId() { return careHomeId; }
    public UUID unitId() { return unitId; }
    public UUID shiftTypeId() { return shiftTypeId; }
    public int unpaidBreakMinutes() { return unpaidBreakMinutes; }
    public UUID staffId() { return staffId; }
    public ShiftStatus status() { return status; }
    public Classification classification() { return classification; }
    public boolean overtime() { return overtime; }
    public UUID agencyCompanyId() { return agencyCompanyId; }
    public String agencyWorkerName() { return agencyWorkerName; }
    public BigDecimal agencyHourlyRate() { return agencyHourlyRate; }
    public String notes() { return notes; }
    public String createdBy() { return createdBy; }
    public String updatedBy() { return updatedBy; }
    public String certificationWarning() { return certificationWarning; }
    public String certificationOverrideReason() { return certificationOverrideReason; }
    public Instant actualStart() { return actualStart; }
    public Instant actualEnd() { return actualEnd; }
    public String actualReason() { return actualReason; }
    public String actualRecordedBy() { return actualRecordedBy; }
    public Instant actualRecordedAt() { return actualRecordedAt; }
}
