package io.careops.scheduling.leave.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.absence.domain.AbsenceRepository;
import io.careops.scheduling.absence.domain.AbsenceState;
import io.careops.scheduling.absence.domain.AbsenceType;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.leave.domain.LeaveArithmetic;
import io.careops.scheduling.leave.domain.LeaveBlackout;
import io.careops.scheduling.leave.domain.LeavePolicy;
import io.careops.scheduling.leave.domain.LeaveRepositories;
import io.careops.scheduling.leave.domain.LeaveYear;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.staff.service.StaffService;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.service.UnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Leave policies, blackout periods, balances and the leave calendar. */
@ApplicationScoped
public class LeaveService {

    /** A calendar covers at most a quarter. */
    public static final int MAX_CALENDAR_DAYS = 93;

    private final LeaveRepositories.Policies policies;
    private final LeaveRepositories.Blackouts blackouts;
    private final AbsenceRepository absences;
    private final StaffRepository staffRecords;
    private final StaffService staff;
    private final UnitService units;
    private final CareHomeService homes;
    private final CareHomeAccess access;
    private final BankHolidays bankHolidays;
    private final JsonWebToken caller;
    private final Clock clock;

    public LeaveService(LeaveRepositories.Policies policies, LeaveRepositories.Blackouts blackouts,
            AbsenceRepository absences, StaffRepository staffRecords, StaffService staff, UnitService units,
            CareHomeService homes, CareHomeAccess access, BankHolidays bankHolidays, JsonWebToken caller, Clock clock) {
        this.policies = policies;
        this.blackouts = blackouts;
        this.absences = absences;
        this.staffRecords = staffRecords;
        this.staff = staff;
        this.units = units;
        this.homes = homes;
        this.access = access;
        this.bankHolidays = bankHolidays;
        this.caller = caller;
        this.clock = clock;
    }

    // --- policy --------------------------------------------------------------------------------

    /** The home's leave policy (the defaults when it has none of its own); 404 outside the caller's homes. */
    @Transactional
    public LeavePolicy policy(UUID careHomeId) {
        homes.get(careHomeId);
        return policies.findByIdOptional(careHomeId).orElseGet(() -> LeavePolicy.defaults(careHomeId));
    }

    @Transactional
    public LeavePolicy setPolicy(UUID careHomeId, int startMonth, int startDay, boolean bankHolidaysInEntitlement) {
        homes.get(careHomeId);
        MonthDay start = yearStart(startMonth, startDay);
        LeavePolicy policy = policies.findByIdOptional(careHomeId).orElse(null);
        if (policy == null) {
            policy = LeavePolicy.of(careHomeId, start, bankHolidaysInEntitlement, clock.instant());
            policies.persist(policy);
        } else {
            policy.set(start, bankHolidaysInEntitlement, clock.instant());
        }
        return policy;
    }

    private static MonthDay yearStart(int month, int day) {
        if (day > 28) {
            throw ProblemException.ruleViolation("leaveYearStartDay", "must be 1-28, so that every year has the day");
        }
        return MonthDay.of(month, day);
    }

    // --- blackouts -----------------------------------------------------------------------------

    @Transactional
    public LeaveBlackout declareBlackout(UUID unitId, LocalDate firstDay, LocalDate lastDay, String reason) {
        Unit unit = units.get(unitId);
        if (ChronoUnit.DAYS.between(firstDay, lastDay) > 366) {
            throw ProblemException.ruleViolation("lastDay", "a blackout lasts at most a year");
        }
        LeaveBlackout blackout = LeaveBlackout.declare(unit.careHomeId(), unit.id(), firstDay, lastDay, reason,
                caller.getName(), clock.instant());
        blackouts.persist(blackout);
        return blackout;
    }

    @Transactional
    public LeaveBlackout blackout(UUID id) {
        return access.visible(blackouts.findByIdOptional(id), LeaveBlackout::careHomeId, "Leave blackout", id);
    }

    @Transactional
    public LeaveBlackout liftBlackout(UUID id) {
        LeaveBlackout blackout = blackout(id);
        blackout.lift(clock.instant());
        return blackout;
    }

    @Transactional
    public <T> Page<T> blackouts(PageRequest page, LeaveRepositories.Blackouts.Criteria criteria,
            Function<LeaveBlackout, T> toResponse) {
        return Page.of(blackouts.search(access.restriction(), criteria), page, toResponse);
    }

    /** The active blackouts of the person's home and assigned units that touch the days. */
    public List<LeaveBlackout> blackoutsFor(Staff member, LocalDate first, LocalDate last) {
        Set<UUID> unitIds = new LinkedHashSet<>();
        if (member.homeUnitId() != null) {
            unitIds.add(member.homeUnitId());
        }
        if (member.extras().assignedUnitId() != null) {
            unitIds.add(member.extras().assignedUnitId());
        }
        return blackouts.activeFor(unitIds, first, last);
    }

    // --- balance -------------------------------------------------------------------------------

    /** A person's leave year: entitlement, leave taken (up to asOf), booked (after), requested, remaining. */
    public record Balance(Staff member, LeaveYear year, LocalDate asOf, boolean bankHolidaysInEntitlement,
            LeaveArithmetic.Entitlement entitlement, BigDecimal taken, BigDecimal booked, BigDecimal requested,
            BigDecimal remaining, List<Use> uses) {
    }

    /** One leave request's hours in the year. */
    public record Use(Absence absence, BigDecimal hours, BigDecimal taken, BigDecimal booked) {
    }

    @Transactional
    public Balance balance(UUID staffId, Integer year, LocalDate asOf) {
        Staff member = staff.view(staffId);
        CareHome home = homes.get(member.careHomeId());
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(home.timeZone()));
        LeavePolicy policy = policies.findByIdOptional(home.id()).orElseGet(() -> LeavePolicy.defaults(home.id()));
        if (year != null && (year < 2000 || year > 2100)) {
            throw ProblemException.ruleViolation("year", "must be a year from 2000 to 2100");
        }
        LeaveYear leaveYear = year != null ? policy.year(year) : policy.yearOf(day);
        BigDecimal weekly = member.contractedHoursPerWeek();
        LeaveArithmetic.Entitlement entitlement = LeaveArithmetic.entitlement(leaveYear, new LeaveArithmetic.Employment(
                member.employmentStart(), member.employmentEnd(), weekly, member.extras().annualLeaveDays()));
        Set<LocalDate> freeDays = policy.bankHolidaysInEntitlement() ? Set.of() : bankHolidays.all();
        BigDecimal taken = BigDecimal.ZERO.setScale(2);
        BigDecimal booked = BigDecimal.ZERO.setScale(2);
        BigDecimal requested = BigDecimal.ZERO.setScale(2);
        List<Use> uses = new ArrayList<>();
        for (Absence absence : absences.annualLeaveBetween(member.id(), leaveYear.first(), leaveYear.last())) {
            BigDecimal inYear = LeaveArithmetic.hoursUsed(absence.firstDay(), absence.lastDay(), absence.leaveHours(),
                    leaveYear.first(), leaveYear.last(), weekly, freeDays);
            BigDecimal before = LeaveArithmetic.hoursUsed(absence.firstDay(), absence.lastDay(), absence.leaveHours(),
                    leaveYear.first(), day.isAfter(leaveYear.last()) ? leaveYear.last() : day, weekly, freeDays);
            BigDecimal after = inYear.subtract(before);
            if (absence.state() == AbsenceState.APPROVED) {
                taken = taken.add(before);
                booked = booked.add(after);
                uses.add(new Use(absence, inYear, before, after));
            } else {
                requested = requested.add(inYear);
                uses.add(new Use(absence, inYear, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
            }
        }
        BigDecimal remaining = entitlement.entitlementHours().subtract(taken).subtract(booked);
        return new Balance(member, leaveYear, day, policy.bankHolidaysInEntitlement(), entitlement, taken, booked,
                requested, remaining, uses);
    }

    // --- calendar ------------------------------------------------------------------------------

    public record Calendar(UUID careHomeId, UUID unitId, LocalDate from, LocalDate to, int staffCount, List<Day> days) {
    }

    public record Day(LocalDate date, boolean bankHoliday, List<Away> away, List<LeaveBlackout> blackouts) {
    }

    public record Away(Absence absence, Staff member) {
    }

    /** Who is away (requested or approved) each day of a unit or a home, with the blackouts in force. */
    @Transactional
    public Calendar calendar(UUID careHomeId, UUID unitId, LocalDate from, LocalDate to) {
        if (careHomeId == null && unitId == null) {
            throw ProblemException.ruleViolation("careHomeId", "give careHomeId or unitId");
        }
        if (to.isBefore(from)) {
            throw ProblemException.ruleViolation("to", "is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_CALENDAR_DAYS) {
            throw ProblemException.ruleViolation("to", "a calendar covers at most " + MAX_CALENDAR_DAYS + " days");
        }
        UUID homeId;
        List<Staff> people;
        List<LeaveBlackout> inForce;
        if (unitId != null) {
            Unit unit = units.get(unitId);
            if (careHomeId != null && !careHomeId.equals(unit.careHomeId())) {
                throw ProblemException.ruleViolation("unitId", "the unit belongs to another care home");
            }
            homeId = unit.careHomeId();
            people = staffRecords.list("careHomeId = ?1 and (homeUnitId = ?2 or assignedUnitId = ?2) and active = true",
                    homeId, unitId);
            inForce = blackouts.activeFor(List.of(unitId), from, to);
        } else {
            homeId = homes.get(careHomeId).id();
            people = staffRecords.list("careHomeId = ?1 and active = true", homeId);
            inForce = blackouts.list("careHomeId = ?1 and active = true and firstDay <= ?2 and lastDay >= ?3",
                    homeId, to, from);
        }
        Map<UUID, Staff> byId = people.stream().collect(Collectors.toMap(Staff::id, Function.identity()));
        List<Absence> away = absences.liveBetween(access.restriction(), homeId, byId.keySet(), from, to);
        List<Day> days = from.datesUntil(to.plusDays(1)).map(date -> new Day(date, bankHolidays.contains(date),
                away.stream().filter(absence -> !date.isBefore(absence.firstDay()) && !date.isAfter(absence.lastDay()))
                        .map(absence -> new Away(absence, byId.get(absence.staffId()))).toList(),
                inForce.stream().filter(blackout -> blackout.overlaps(date, date)).toList())).toList();
        return new Calendar(homeId, unitId, from, to, people.size(), days);
    }

    static boolean isAnnualLeave(Absence absence) {
        return absence.type() == AbsenceType.ANNUAL_LEAVE;
    }
}
