package io.careops.scheduling.leave.domain;

import io.careops.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.MonthDay;
import java.util.UUID;

/**
 * A home's leave rules: the day its leave year starts (reg 13(3): the date an agreement sets) and
 * whether bank holidays count within the entitlement (reg 13 and 13A allow it) or are given on
 * top, in which case a bank holiday inside a leave request uses no leave.
 */
@Entity
@Table(name = "leave_policy")
public class LeavePolicy extends AuditedEntity {

    /** Without a policy of its own a home's leave year starts on 1 January, bank holidays within. */
    public static final MonthDay DEFAULT_START = MonthDay.of(1, 1);

    @Id
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "leave_year_start_month")
    private int startMonth;
    @Column(name = "leave_year_start_day")
    private int startDay;
    @Column(name = "bank_holidays_in_entitlement")
    private boolean bankHolidaysInEntitlement;

    protected LeavePolicy() {
        // for JPA
    }

    public static LeavePolicy defaults(UUID careHomeId) {
        LeavePolicy policy = new LeavePolicy();
        policy.careHomeId = careHomeId;
        policy.startMonth = DEFAULT_START.getMonthValue();
        policy.startDay = DEFAULT_START.getDayOfMonth();
        policy.bankHolidaysInEntitlement = true;
        return policy;
    }

    public static LeavePolicy of(UUID careHomeId, MonthDay yearStart, boolean bankHolidaysInEntitlement, Instant now) {
        LeavePolicy policy = defaults(careHomeId);
        policy.set(yearStart, bankHolidaysInEntitlement, now);
        policy.created(now);
        return policy;
    }

    public void set(MonthDay yearStart, boolean bankHolidaysInEntitlement, Instant now) {
        this.startMonth = yearStart.getMonthValue();
        this.startDay = yearStart.getDayOfMonth();
        this.bankHolidaysInEntitlement = bankHolidaysInEntitlement;
        changed(now);
    }

    public UUID careHomeId() { return careHomeId; }
    public MonthDay yearStart() { return MonthDay.of(startMonth, startDay); }
    public boolean bankHolidaysInEntitlement() { return bankHolidaysInEntitlement; }

    /** The leave year that starts in {@code year}. */
    public LeaveYear year(int year) {
        return LeaveYear.starting(yearStart().atYear(year));
    }

    /** The leave year {@code day} falls in. */
    public LeaveYear yearOf(java.time.LocalDate day) {
        LeaveYear sameYear = year(day.getYear());
        return day.isBefore(sameYear.first()) ? year(day.getYear() - 1) : sameYear;
    }
}
