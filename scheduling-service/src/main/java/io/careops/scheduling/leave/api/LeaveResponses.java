package io.careops.scheduling.leave.api;

import io.careops.scheduling.absence.domain.AbsenceState;
import io.careops.scheduling.absence.domain.AbsenceType;
import io.careops.scheduling.leave.domain.LeaveArithmetic;
import io.careops.scheduling.leave.domain.LeaveBlackout;
import io.careops.scheduling.leave.domain.LeavePolicy;
import io.careops.scheduling.leave.service.LeaveService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The leave API's response records. */
public final class LeaveResponses {

    private LeaveResponses() {
    }

    @Schema(name = "LeavePolicy")
    public record Policy(UUID careHomeId, int leaveYearStartMonth, int leaveYearStartDay,
            boolean bankHolidaysInEntitlement) {

        static Policy of(LeavePolicy policy) {
            return new Policy(policy.careHomeId(), policy.yearStart().getMonthValue(), policy.yearStart().getDayOfMonth(),
                    policy.bankHolidaysInEntitlement());
        }
    }

    @Schema(name = "LeaveBlackout")
    public record Blackout(UUID id, UUID careHomeId, UUID unitId, LocalDate firstDay, LocalDate lastDay, String reason,
            boolean active, String createdBy, Instant createdAt, Instant updatedAt) {

        static Blackout of(LeaveBlackout blackout) {
            return new Blackout(blackout.id(), blackout.careHomeId(), blackout.unitId(), blackout.firstDay(),
                    blackout.lastDay(), blackout.reason(), blackout.active(), blackout.createdBy(), blackout.createdAt(),
                    blackout.updatedAt());
        }
    }

    @Schema(name = "LeaveBalance", description = "Hours. remainingHours = entitlementHours - takenHours - bookedHours;"
            + " requestedHours are not yet decided. A day of leave is a fifth of the weekly hours")
    public record Balance(UUID staffId, String staffNumber, UUID careHomeId, LocalDate leaveYearStart,
            LocalDate leaveYearEnd, LocalDate asOf, BigDecimal contractedHoursPerWeek, BigDecimal hoursPerLeaveDay,
            @Schema(nullable = true) Integer contractualLeaveDays, LocalDate employedFrom,
            LocalDate employedTo, long employedDays,
            long daysInLeaveYear, BigDecimal fullYearStatutoryHours, @Schema(nullable = true) BigDecimal fullYearContractualHours,
            BigDecimal statutoryMinimumHours, BigDecimal entitlementHours, boolean statutoryMinimumApplied,
            boolean bankHolidaysInEntitlement, BigDecimal takenHours, BigDecimal bookedHours, BigDecimal requestedHours,
            BigDecimal remainingHours, List<Use> leave) {

        static Balance of(LeaveService.Balance balance) {
            LeaveArithmetic.Entitlement e = balance.entitlement();
            return new Balance(balance.member().id(), balance.member().staffNumber(), balance.member().careHomeId(),
                    balance.year().first(), balance.year().last(), balance.asOf(),
                    balance.member().contractedHoursPerWeek(), e.hoursPerLeaveDay(),
                    balance.member().extras().annualLeaveDays(), e.employedFrom(), e.employedTo(), e.employedDays(),
                    e.daysInYear(), e.fullYearStatutoryHours(), e.fullYearContractualHours(), e.statutoryMinimumHours(),
                    e.entitlementHours(), e.statutoryMinimumApplied(), balance.bankHolidaysInEntitlement(),
                    balance.taken(), balance.booked(), balance.requested(), balance.remaining(),
                    balance.uses().stream().map(use -> new Use(use.absence().id(), use.absence().firstDay(),
                            use.absence().lastDay(), use.absence().state(), use.hours(), use.taken(), use.booked()))
                            .toList());
        }
    }

    /** One annual leave request's hours within the leave year. */
    @Schema(name = "LeaveUse")
    public record Use(UUID absenceId, LocalDate firstDay, LocalDate lastDay, AbsenceState state, BigDecimal hours,
            BigDecimal takenHours, BigDecimal bookedHours) {
    }

    @Schema(name = "LeaveCalendar", description = "Who is away each day (requested or approved), and the blackouts in force")
    public record Calendar(UUID careHomeId, UUID unitId, LocalDate from, LocalDate to, int staffCount, List<Day> days) {

        static Calendar of(LeaveService.Calendar calendar) {
            return new Calendar(calendar.careHomeId(), calendar.unitId(), calendar.from(), calendar.to(),
                    calendar.staffCount(), calendar.days().stream().map(day -> new Day(day.date(), day.bankHoliday(),
                            (int) day.away().stream().filter(away -> away.absence().state() == AbsenceState.APPROVED).count(),
                            (int) day.away().stream().filter(away -> away.absence().state() == AbsenceState.REQUESTED).count(),
                            day.away().stream().map(away -> new Away(away.absence().id(), away.absence().staffId(),
                                    away.member() == null ? null : away.member().fullName(), away.absence().type(),
                                    away.absence().state(), away.absence().firstDay(), away.absence().lastDay())).toList(),
                            day.blackouts().stream().map(Blackout::of).toList())).toList());
        }
    }

    @Schema(name = "LeaveCalendarDay")
    public record Day(LocalDate date, boolean bankHoliday, int approved, int requested, List<Away> away,
            List<Blackout> blackouts) {
    }

    @Schema(name = "LeaveCalendarAbsence")
    public record Away(UUID absenceId, UUID staffId, String staffName, AbsenceType type, AbsenceState state,
            LocalDate firstDay, LocalDate lastDay) {
    }

}
