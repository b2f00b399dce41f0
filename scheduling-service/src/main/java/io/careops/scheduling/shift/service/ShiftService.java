package io.careops.scheduling.shift.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.absence.domain.AbsenceRepository;
import io.careops.scheduling.agency.domain.AgencyCompany;
import io.careops.scheduling.agency.domain.AgencyCompanyRepository;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.shift.domain.Classification;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.shifttype.domain.ShiftTypeRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.service.StaffService;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.service.UnitService;
import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.service.WorkingTimeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class ShiftService {

    /** A week's rota for a busy home fits; one request cannot hold the database for minutes. */
    public static final int MAX_BULK = 500;

    private final ShiftRepository shifts;
    private final UnitService units;
    private final CareHomeService homes;
    private final StaffService staff;
    private final ShiftTypeRepository shiftTypes;
    private final AgencyCompanyRepository agencies;
    private final AbsenceRepository absences;
    private final WorkingTimeService workingTime;
    private final CareHomeAccess access;
    private final JsonWebToken caller;
    private final Clock clock;

    public ShiftService(ShiftRepository shifts, UnitService units, CareHomeService homes, StaffService staff,
            ShiftTypeRepository shiftTypes, AgencyCompanyRepository agencies, AbsenceRepository absences,
            WorkingTimeService workingTime, CareHomeAccess access, JsonWebToken caller, Clock clock) {
        this.shifts = shifts;
        this.units = units;
        this.homes = homes;
        this.staff = staff;
        this.shiftTypes = shiftTypes;
        this.agencies = agencies;
        this.absences = absences;
        this.workingTime = workingTime;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Shift plan(ShiftPlan plan) {
        Shift shift = prepare(plan);
        requireNoClash(shift.staffId(), shift.times(), shift.id(), List.of());
        // Saved first so that an override can refer to it; a refusal rolls both back.
        shifts.persist(shift);
        guardWorkingTime(shift, plan.workingTimeOverrideReason());
        return shift;
    }

    /**
     * Plans many shifts (a week's rota) all or nothing: every item is checked, against the
     * database and against the other items, and any failure is reported per item with nothing
     * written.
     */
    @Transactional
    public List<Shift> planAll(List<ShiftPlan> plans) {
        List<Shift> planned = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            try {
                Shift shift = prepare(plans.get(i));
                requireNoClash(shift.staffId(), shift.times(), shift.id(), planned);
                planned.add(shift);
                indexes.add(i);
            } catch (ProblemException failure) {
                addErrors(errors, i, failure);
            }
        }
        if (errors.isEmpty()) {
            // Saved first so that the checks see the whole request and overrides can refer to it.
            shifts.persist(planned);
            List<Assessment> assessments = workingTime.checkAll(planned.stream().filter(shift -> shift.staffId() != null)
                    .map(shift -> new WorkingTimeService.Proposal(staff.get(shift.staffId()), period(shift))).toList());
            int checked = 0;
            for (int k = 0; k < planned.size(); k++) {
                Shift shift = planned.get(k);
                if (shift.staffId() == null) {
                    continue;
                }
                try {
                    workingTime.decide(staff.get(shift.staffId()), period(shift), assessments.get(checked++),
                            plans.get(indexes.get(k)).workingTimeOverrideReason());
                } catch (ProblemException failure) {
                    addErrors(errors, indexes.get(k), failure);
                }
            }
        }
        if (!errors.isEmpty()) {
            // Thrown out of the transaction, so any shift saved for the checks is rolled back.
            throw new ProblemException(ProblemType.RULE_VIOLATION, errors.size() + " of " + plans.size()
                    + " shifts cannot be planned; none was saved", errors);
        }
        return planned;
    }

    private static void addErrors(List<Problem.FieldError> errors, int index, ProblemException failure) {
        String prefix = "shifts[" + index + "]";
        if (failure.errors() == null || failure.errors().isEmpty()) {
            errors.add(new Problem.FieldError(prefix, failure.getMessage()));
        } else {
            failure.errors().forEach(error -> errors.add(new Problem.FieldError(prefix + "." + error.field(),
                    error.message())));
        }
    }

    /**
     * One read, no transaction of its own (joins the caller's when there is one): a GET by id is a
     * single autocommit SELECT, not BEGIN, SELECT, a flush that finds nothing to write, and COMMIT.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shift get(UUID id) {
        return access.visible(shifts.findByIdOptional(id), Shift::careHomeId, "Shift", id);
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, ShiftRepository.Criteria criteria, Function<Shift, T> toResponse) {
        return Page.of(shifts.search(access.restriction(), criteria), page, toResponse);
    }

    /** Fills an open shift, or hands it to someone else, under the same rules as planning. */
    @Transactional
    public Shift assign(UUID id, UUID staffId, String workingTimeOverrideReason) {
        Shift shift = get(id);
        ShiftType type = shift.shiftTypeId() == null ? null : shiftTypes.findById(shift.shiftTypeId());
        Staff member = eligibleStaff(staffId, shift.careHomeId(), shift.times(), type);
        requireNoClash(member.id(), shift.times(), shift.id(), List.of());
        shift.assign(member.id(), caller.getName(), clock.instant());
        guardWorkingTime(shift, workingTimeOverrideReason);
        return shift;
    }

    /**
     * Judges a person on an existing shift, or on one described by {@code plan} that is not
     * saved: the same check an assignment runs, without assigning.
     */
    @Transactional
    public WorkingTimeCheck checkWorkingTime(UUID staffId, UUID shiftId, ShiftPlan plan) {
        Shift shift = shiftId != null ? get(shiftId) : prepare(plan);
        Staff member = staff.get(staffId);
        if (!member.careHomeId().equals(shift.careHomeId())) {
            throw ProblemException.ruleViolation("staffId", member.fullName() + " works for another care home");
        }
        return new WorkingTimeCheck(shift.id(), workingTime.check(member, period(shift)));
    }

    /** The shift judged (for a proposal, an id never saved) and what the rules found. */
    public record WorkingTimeCheck(UUID shiftId, Assessment assessment) {
    }

    /** The working-time check of an assignment, run once the shift is in the session. */
    private void guardWorkingTime(Shift shift, String overrideReason) {
        if (shift.staffId() != null) {
            workingTime.guard(staff.get(shift.staffId()), period(shift), overrideReason);
        }
    }

    public static WorkPeriod period(Shift shift) {
        return new WorkPeriod(shift.id(), shift.times().date(), shift.times().startsAt(), shift.times().endsAt(),
                shift.unpaidBreakMinutes());
    }

    @Transactional
    public Shift cancel(UUID id) {
        Shift shift = get(id);
        shift.cancel(caller.getName(), clock.instant());
        return shift;
    }

    @Transactional
    public Shift confirm(UUID id) {
        Shift shift = get(id);
        shift.confirm(caller.getName(), clock.instant());
        return shift;
    }

    @Transactional
    public Shift markWorked(UUID id) {
        Shift shift = get(id);
        shift.markWorked(caller.getName(), clock.instant());
        return shift;
    }

    private Shift prepare(ShiftPlan plan) {
        Unit unit = units.get(plan.unitId());
        if (!unit.active()) {
            throw ProblemException.ruleViolation("unitId", "unit " + unit.name() + " is closed");
        }
        CareHome home = homes.get(unit.careHomeId());
        ShiftType type = plan.shiftTypeId() == null ? null : shiftTypes.findByIdOptional(plan.shiftTypeId())
                .orElseThrow(() -> ProblemException.ruleViolation("shiftTypeId", "no such shift type"));
        LocalTime start = plan.startTime() != null ? plan.startTime() : type == null ? null : type.startTime();
        LocalTime end = plan.endTime() != null ? plan.endTime() : type == null ? null : type.endTime();
        if (start == null || end == null) {
            throw ProblemException.ruleViolation(start == null ? "startTime" : "endTime",
                    "give the start and end times, or a shift type to take them from");
        }
        ShiftTimes times = ShiftTimes.of(plan.date(), start, end, home.timeZone());
        int unpaidBreak = plan.unpaidBreakMinutes() != null ? plan.unpaidBreakMinutes()
                : type == null ? 0 : type.unpaidBreakMinutes();
        Classification classification = plan.classification() == null ? Classification.REGULAR : plan.classification();
        Shift.Cover cover = cover(plan, classification, times, unit.careHomeId(), type);
        return Shift.plan(unit.careHomeId(), unit.id(), plan.shiftTypeId(), times, unpaidBreak, classification,
                plan.overtime(), cover, plan.notes(), caller.getName(), clock.instant());
    }

    private Shift.Cover cover(ShiftPlan plan, Classification classification, ShiftTimes times, UUID careHomeId,
            ShiftType type) {
        if (classification != Classification.AGENCY || plan.agencyCompanyId() == null) {
            UUID staffId = plan.staffId() == null ? null
                    : eligibleStaff(plan.staffId(), careHomeId, times, type).id();
            return new Shift.Cover(staffId, plan.agencyCompanyId(), plan.agencyWorkerName(), plan.agencyHourlyRate());
        }
        AgencyCompany company = agencies.findByIdOptional(plan.agencyCompanyId())
                .filter(AgencyCompany::active)
                .orElseThrow(() -> ProblemException.ruleViolation("agencyCompanyId", "no such active agency company"));
        BigDecimal rate = plan.agencyHourlyRate() != null ? plan.agencyHourlyRate()
                : company.hourlyRate(times.period() == ShiftTimes.Period.NIGHT);
        return new Shift.Cover(plan.staffId(), company.id(), plan.agencyWorkerName(), rate);
    }

    /** Someone of this home, employed that day, in a role the shift type admits. */
    private Staff eligibleStaff(UUID staffId, UUID careHomeId, ShiftTimes times, ShiftType type) {
        Staff member = staff.get(staffId);
        if (!member.careHomeId().equals(careHomeId)) {
            throw ProblemException.ruleViolation("staffId", member.fullName() + " works for another care home");
        }
        if (!member.employedOn(times.date())) {
            throw ProblemException.ruleViolation("staffId", member.fullName() + " is not employed on " + times.date());
        }
        requireNotAbsent(member, times);
        if (type != null) {
            if (!type.admits(member.roleCode())) {
                String who = member.roleCode() == null ? "a person without a role" : "role " + member.roleCode();
                throw ProblemException.ruleViolation("staffId", who + " may not work "
                        + type.code() + " (allowed: " + String.join(", ", type.allowedRoles()) + ")");
            }
        }
        return member;
    }

    /** An approved absence covering any part of the shift is a conflict (409 naming it). */
    private void requireNotAbsent(Staff member, ShiftTimes times) {
        ZoneId zone = homes.get(member.careHomeId()).timeZone();
        for (Absence absence : absences.approvedBetween(member.id(), times.date().minusDays(1), times.date().plusDays(1))) {
            if (absence.startsAt(zone).isBefore(times.endsAt()) && times.startsAt().isBefore(absence.endsAt(zone))) {
                throw new ProblemException(ProblemType.CONFLICT, member.fullName() + " is on approved "
                        + absence.type() + " from " + absence.firstDay() + " to " + absence.lastDay() + " (absence "
                        + absence.id() + ")", List.of(new Problem.FieldError("staffId", "on approved absence")));
            }
        }
    }

    /** 409 naming the clash when the person already works at that time. */
    private void requireNoClash(UUID staffId, ShiftTimes times, UUID shiftId, List<Shift> alsoPlanned) {
        if (staffId == null) {
            return;
        }
        List<Shift> clashes = new ArrayList<>(shifts.overlapping(staffId, times.startsAt(), times.endsAt(), shiftId));
        alsoPlanned.stream().filter(other -> staffId.equals(other.staffId()) && times.overlaps(other.times()))
                .forEach(clashes::add);
        if (!clashes.isEmpty()) {
            Shift clash = clashes.get(0);
            throw new ProblemException(ProblemType.CONFLICT, "The staff member already works " + clash.times().date()
                    + " " + clash.times().start() + "-" + clash.times().end() + " (shift " + clash.id()
                    + "), which overlaps this shift", List.of(new Problem.FieldError("staffId", "overlaps shift "
                    + clash.id())));
        }
    }
}
