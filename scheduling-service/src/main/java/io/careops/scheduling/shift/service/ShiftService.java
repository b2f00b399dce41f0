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
import io.careops.scheduling.eligibility.domain.CertificationVerdict;
import io.careops.scheduling.eligibility.domain.Eligibility;
import io.careops.scheduling.eligibility.service.CertificationCheck;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.shift.domain.Classification;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.shifttype.domain.ShiftTypeRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.service.CurrentStaff;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class ShiftService {

    /** A week's rota for a busy home fits; one request cannot hold the database for minutes. */
    public static final int MAX_BULK = 500;
    /** Shifts a JDBC batch when a bulk plan is saved. */
    static final int INSERT_BATCH = 50;

    private final ShiftRepository shifts;
    private final UnitService units;
    private final CareHomeService homes;
    private final StaffService staff;
    private final ShiftTypeRepository shiftTypes;
    private final AgencyCompanyRepository agencies;
    private final AbsenceRepository absences;
    private final WorkingTimeService workingTime;
    private final CareHomeAccess access;
    private final CurrentStaff current;
    private final JsonWebToken caller;
    private final Clock clock;
    private final io.careops.scheduling.events.RotaEvents events;
    private final io.careops.scheduling.staff.domain.StaffRepository staffRecords;
    private final Bookings direct;

    public ShiftService(ShiftRepository shifts, UnitService units, CareHomeService homes, StaffService staff,
            ShiftTypeRepository shiftTypes, AgencyCompanyRepository agencies, AbsenceRepository absences,
            WorkingTimeService workingTime, CareHomeAccess access, CurrentStaff current, JsonWebToken caller,
            Clock clock,
            io.careops.scheduling.staff.domain.StaffRepository staffRecords, io.careops.scheduling.events.RotaEvents events) {
        this.events = events;
        this.staffRecords = staffRecords;
        this.shifts = shifts;
        this.units = units;
        this.homes = homes;
        this.staff = staff;
        this.shiftTypes = shiftTypes;
        this.agencies = agencies;
        this.absences = absences;
        this.workingTime = workingTime;
        this.access = access;
        this.current = current;
        this.caller = caller;
        this.clock = clock;
        this.direct = Bookings.direct(absences, shifts);
    }

    /**
     * Plans a shift; {@code verdicts} are the certification check's answers, asked of compliance
     * before this transaction began ({@link ShiftAssignments}).
     */
    @Transactional
    public Shift plan(ShiftPlan plan, CertificationCheck.Verdicts verdicts) {
        Shift shift = prepare(plan);
        requireNoClash(shift.staffId(), shift.times(), shift.id(), List.of());
        applyCertification(shift, verdicts, plan.certificationOverrideReason());
        // Saved first so that an override can refer to it; a refusal rolls both back.
        shifts.persist(shift);
        guardWorkingTime(shift, plan.workingTimeOverrideReason());
        events.shiftsPublished(List.of(shift));
        return shift;
    }

    /**
     * The certification verdict on the person now on the shift: a lapsed mandatory certification
     * refuses (422 naming it) unless a manager gives a reason; an unchecked verdict (compliance did
     * not answer) lets the assignment through with a warning kept on the shift.
     */
    void applyCertification(Shift shift, CertificationCheck.Verdicts verdicts, String overrideReason) {
        if (shift.staffId() == null) {
            shift.certificationChecked(null, null);
            return;
        }
        Staff member = staff.get(shift.staffId());
        CertificationVerdict verdict = verdicts.of(member.id(), shift.times().date());
        var refusal = Eligibility.certification(member, verdict);
        if (refusal.isEmpty()) {
            shift.certificationChecked(verdict.unchecked() ? verdict.warning() : null, null);
            return;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw refusal.get().problem();
        }
        if (!caller.getGroups().contains(io.careops.platform.security.Roles.ADMIN)
                && !caller.getGroups().contains(io.careops.platform.security.Roles.MANAGER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only a manager may override a lapsed certification");
        }
        if (overrideReason.strip().length() < 10) {
            throw ProblemException.ruleViolation("certificationOverrideReason", "give a reason of at least 10 characters");
        }
        shift.certificationChecked("Assigned by " + caller.getName() + " despite lapsed mandatory certification "
                + verdict.describe(), overrideReason.strip());
    }

    /**
     * Plans many shifts (a week's rota) all or nothing: every item is checked, against the
     * database and against the other items, and any failure is reported per item with nothing
     * written.
     */
    @Transactional
    public List<Shift> planAll(List<ShiftPlan> plans, CertificationCheck.Verdicts verdicts) {
        List<Shift> planned = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Bookings booked = readAhead(plans);
        for (int i = 0; i < plans.size(); i++) {
            try {
                Shift shift = prepare(plans.get(i), booked);
                requireNoClash(shift.staffId(), shift.times(), shift.id(), planned, booked);
                applyCertification(shift, verdicts, plans.get(i).certificationOverrideReason());
                planned.add(shift);
                indexes.add(i);
            } catch (ProblemException failure) {
                addErrors(errors, i, failure);
            }
        }
        if (errors.isEmpty()) {
            // Saved first so that the checks see the whole request and overrides can refer to it.
            // The inserts go to PostgreSQL INSERT_BATCH at a time (a JDBC batch: one round trip, not one
            // per shift), for this request's session only: elsewhere Hibernate's batching stays off.
            shifts.getEntityManager().unwrap(org.hibernate.Session.class).setJdbcBatchSize(INSERT_BATCH);
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
        events.shiftsPublished(planned);
        return planned;
    }

    /** The bookings of everyone a bulk plan names, over its days, read in two queries. */
    private Bookings readAhead(List<ShiftPlan> plans) {
        Set<UUID> people = plans.stream().map(ShiftPlan::staffId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<java.time.LocalDate> days = plans.stream().map(ShiftPlan::date).filter(java.util.Objects::nonNull).toList();
        if (people.isEmpty() || days.isEmpty()) {
            return direct;
        }
        // The people themselves, in one query: each item's eligibility check then finds its person
        // in the session instead of reading them one by one (64 reads for a unit's rota of 5 weeks).
        staffRecords.list("id in ?1", people);
        return Bookings.readAhead(absences, shifts, people, days.stream().min(java.time.LocalDate::compareTo).orElseThrow(),
                days.stream().max(java.time.LocalDate::compareTo).orElseThrow());
    }

    private static void addErrors(List<Problem.FieldError> errors, int index, ProblemException failure) {
        errors.addAll(failure.errorsUnder("shifts[" + index + "]"));
    }

    /**
     * One read, no transaction of its own (joins the caller's when there is one): a GET by id is a
     * single autocommit SELECT, not BEGIN, SELECT, a flush that finds nothing to write, and COMMIT.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shift get(UUID id) {
        return access.visible(shifts.findByIdOptional(id), Shift::careHomeId, "Shift", id);
    }

    /**
     * A shift as the caller may read it: a self-service (staff-only) caller reads their own
     * shifts and open ones; a colleague's shift answers 404 (the rota view shows colleagues).
     * No transaction of its own (it joins the caller's when there is one): GET /shifts/{id} is one
     * autocommit SELECT, not BEGIN, SELECT, a flush that finds nothing to write, and COMMIT.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shift view(UUID id) {
        Shift shift = shifts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Shift", id));
        // Cross-home cover: the home the person belongs to sees the shift too (read only).
        if (!access.canSee(shift.careHomeId()) && (shift.staffId() == null
                || !access.canSee(staff.homeOf(shift.staffId())))) {
            throw ProblemException.notFound("Shift", id);
        }
        if (current.selfService() && !shift.isOpen()) {
            current.requireOwn(shift.staffId(), "Shift", id);
        }
        return shift;
    }

    @Transactional
    /**
     * What a screen shows beside a shift: its unit's name, its staff member's name and its shift
     * type's code. Three queries for any number of shifts, so a list never costs a call per row.
     */
    public record Labels(Map<UUID, String> unitNames, Map<UUID, String> staffNames, Map<UUID, String> shiftTypeCodes) {

        public String unitName(Shift shift) {
            return unitNames.get(shift.unitId());
        }

        public String staffName(Shift shift) {
            return shift.staffId() == null ? null : staffNames.get(shift.staffId());
        }

        public String shiftTypeCode(Shift shift) {
            return shift.shiftTypeId() == null ? null : shiftTypeCodes.get(shift.shiftTypeId());
        }
    }

    /** A page of shifts with their {@link Labels}. */
    @Transactional
    public <T> Page<T> list(PageRequest page, ShiftRepository.Criteria criteria,
            java.util.function.BiFunction<Shift, Labels, T> toResponse) {
        // A staff-only caller lists their own shifts and open ones (current.onlyStaffId()).
        Page<Shift> found = Page.of(shifts.search(access.restriction(), criteria, current.onlyStaffId()), page,
                Function.identity());
        Labels labels = labels(found.items());
        return new Page<>(found.items().stream().map(shift -> toResponse.apply(shift, labels)).toList(), found.page(),
                found.size(), found.totalItems(), found.totalPages());
    }

    /**
     * Reads only, so no transaction of its own (it joins the caller's when there is one): after
     * {@link #view}, a GET by id is two autocommit SELECTs rather than a second session's BEGIN,
     * SELECT, flush and COMMIT, which cost more than the shift's own read. The names come in one
     * statement ({@link ShiftRepository#labelsOf}) whatever the number of shifts.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Labels labels(java.util.Collection<Shift> of) {
        Set<UUID> unitIds = of.stream().map(Shift::unitId).collect(Collectors.toSet());
        Set<UUID> staffIds = of.stream().map(Shift::staffId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<UUID> typeIds = of.stream().map(Shift::shiftTypeId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> unitNames = new java.util.HashMap<>();
        Map<UUID, String> staffNames = new java.util.HashMap<>();
        Map<UUID, String> typeCodes = new java.util.HashMap<>();
        if (!of.isEmpty()) {
            for (ShiftRepository.Label label : shifts.labelsOf(unitIds, staffIds, typeIds)) {
                (switch (label.kind()) {
                    case UNIT -> unitNames;
                    case STAFF -> staffNames;
                    case SHIFT_TYPE -> typeCodes;
                }).put(label.id(), label.text());
            }
        }
        return new Labels(unitNames, staffNames, typeCodes);
    }

    /** Fills an open shift, or hands it to someone else, under the same rules as planning. */
    @Transactional
    public Shift assign(UUID id, UUID staffId, String workingTimeOverrideReason, CertificationCheck.Verdicts verdicts,
            String certificationOverrideReason) {
        Shift shift = get(id);
        ShiftType type = shift.shiftTypeId() == null ? null : shiftTypes.findById(shift.shiftTypeId());
        Staff member = eligibleStaff(staffId, shift.careHomeId(), shift.times(), type);
        requireNoClash(member.id(), shift.times(), shift.id(), List.of());
        UUID before = shift.staffId();
        shift.assign(member.id(), caller.getName(), clock.instant());
        applyCertification(shift, verdicts, certificationOverrideReason);
        guardWorkingTime(shift, workingTimeOverrideReason);
        events.shiftAssigned(shift, before);
        return shift;
    }

    /**
     * Hands an existing shift to {@code staffId} for an offer claim or a swap, under every rule
     * of assignment (the caller has locked the shift); no override: staff cannot override.
     */
    public Shift handOver(Shift shift, UUID staffId, CertificationCheck.Verdicts verdicts) {
        ShiftType type = shift.shiftTypeId() == null ? null : shiftTypes.findById(shift.shiftTypeId());
        Staff member = eligibleStaff(staffId, shift.careHomeId(), shift.times(), type);
        requireNoClash(member.id(), shift.times(), shift.id(), List.of());
        UUID before = shift.staffId();
        shift.assign(member.id(), caller.getName(), clock.instant());
        applyCertification(shift, verdicts, null);
        guardWorkingTime(shift, null);
        events.shiftAssigned(shift, before);
        return shift;
    }

    /**
     * Moves the shifts as a swap would ({@code shift} to {@code toStaffId}; {@code returnShift}, if
     * any, to {@code fromStaffId}) and judges both people on the rota as it would then be, under
     * every rule of assignment: the eligibility policy, the certification verdicts and the
     * working-time check (no override: a swap that needs one is not a swap). Answers every
     * failure of both, as {@code toStaffId} or {@code fromStaffId} errors; with any, the caller
     * must roll back. Both shifts are freed first, so the move never double-books anyone midway.
     */
    public List<Problem.FieldError> swap(Shift shift, UUID toStaffId, Shift returnShift, UUID fromStaffId,
            CertificationCheck.Verdicts verdicts) {
        List<Problem.FieldError> errors = new ArrayList<>();
        shift.assign(null, caller.getName(), clock.instant());
        if (returnShift != null) {
            returnShift.assign(null, caller.getName(), clock.instant());
        }
        shifts.getEntityManager().flush();
        judgeFor(shift, toStaffId, "toStaffId", errors);
        if (returnShift != null) {
            judgeFor(returnShift, fromStaffId, "fromStaffId", errors);
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        shift.assign(toStaffId, caller.getName(), clock.instant());
        if (returnShift != null) {
            returnShift.assign(fromStaffId, caller.getName(), clock.instant());
        }
        shifts.getEntityManager().flush();
        judgeTheRest(shift, toStaffId, "toStaffId", verdicts, errors);
        if (returnShift != null) {
            judgeTheRest(returnShift, fromStaffId, "fromStaffId", verdicts, errors);
        }
        if (errors.isEmpty()) {
            // With errors the caller rolls back, these events with it. The people are told by the
            // swap's own notification, not once more for each shift.
            events.shiftSwapped(shift);
            if (returnShift != null) {
                events.shiftSwapped(returnShift);
            }
        }
        return errors;
    }

    /**
     * A swap's person, whoever asks: the people were checked visible when the swap was offered, and
     * a swap across homes is decided by a manager of the shift's home, who may not see the other.
     */
    private Staff swapper(UUID staffId) {
        return staffRecords.findByIdOptional(staffId).orElseThrow(() -> ProblemException.notFound("Staff member", staffId));
    }

    private void judgeFor(Shift shift, UUID staffId, String field, List<Problem.FieldError> errors) {
        ShiftType type = shift.shiftTypeId() == null ? null : shiftTypes.findById(shift.shiftTypeId());
        try {
            eligible(swapper(staffId), shift.times(), type, direct);
            requireNoClash(staffId, shift.times(), shift.id(), List.of());
        } catch (ProblemException refused) {
            errors.add(new Problem.FieldError(field, refused.getMessage()));
        }
    }

    private void judgeTheRest(Shift shift, UUID staffId, String field, CertificationCheck.Verdicts verdicts,
            List<Problem.FieldError> errors) {
        Staff member = swapper(staffId);
        CertificationVerdict verdict = verdicts.of(staffId, shift.times().date());
        Eligibility.certification(member, verdict).ifPresentOrElse(
                refusal -> errors.add(new Problem.FieldError(field, refusal.detail())),
                () -> shift.certificationChecked(verdict.unchecked() ? verdict.warning() : null, null));
        workingTime.check(member, period(shift)).violations().forEach(violation -> errors.add(new Problem.FieldError(
                field, member.fullName() + ": " + violation.rule() + " (" + violation.regulation() + "): "
                + violation.message())));
    }

    /**
     * Judges a person on an existing shift, or on one described by {@code plan} that is not
     * saved: the same check an assignment runs, without assigning.
     */
    @Transactional
    public WorkingTimeCheck checkWorkingTime(UUID staffId, UUID shiftId, ShiftPlan plan) {
        Shift shift = shiftId != null ? get(shiftId) : prepare(plan);
        Staff member = staff.get(staffId);
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

    /**
     * A manager's edit under the planning rules (unit open and of the same home, the person
     * eligible for the new times and type, no clash, no approved absence, the working-time check).
     * {@code ifMatch} (from the If-Match header) or {@code version} (in the body), when given, must
     * be the shift's version: otherwise 412 or 409, since someone else changed it first.
     */
    @Transactional
    public Shift change(UUID id, ShiftChange change, Long ifMatch, Long version, CertificationCheck.Verdicts verdicts) {
        Shift shift = get(id);
        io.careops.platform.http.Versions.require(ifMatch, version, shift.version(), "shift");
        Unit unit = change.unitId() == null ? units.get(shift.unitId()) : units.get(change.unitId());
        if (!unit.careHomeId().equals(shift.careHomeId())) {
            throw ProblemException.ruleViolation("unitId", "the unit belongs to another care home");
        }
        if (change.unitId() != null && !unit.active()) {
            throw ProblemException.ruleViolation("unitId", "unit " + unit.name() + " is closed");
        }
        boolean newType = change.shiftTypeId() != null && !change.shiftTypeId().equals(shift.shiftTypeId());
        UUID typeId = change.shiftTypeId() != null ? change.shiftTypeId() : shift.shiftTypeId();
        ShiftType type = typeId == null ? null : shiftTypes.findByIdOptional(typeId)
                .orElseThrow(() -> ProblemException.ruleViolation("shiftTypeId", "no such shift type"));
        LocalTime start = change.startTime() != null ? change.startTime()
                : newType ? type.startTime() : shift.times().start();
        LocalTime end = change.endTime() != null ? change.endTime() : newType ? type.endTime() : shift.times().end();
        int unpaidBreak = change.unpaidBreakMinutes() != null ? change.unpaidBreakMinutes()
                : newType ? type.unpaidBreakMinutes() : shift.unpaidBreakMinutes();
        ShiftTimes times = ShiftTimes.of(change.date() != null ? change.date() : shift.times().date(), start, end,
                homes.get(shift.careHomeId()).timeZone());
        UUID staffId = change.unassign() ? null : shift.staffId();
        if (staffId != null) {
            eligibleStaff(staffId, shift.careHomeId(), times, type);
            requireNoClash(staffId, times, shift.id(), List.of());
        }
        boolean newDay = !times.date().equals(shift.times().date());
        Shift.Snapshot before = shift.snapshot();
        shift.reshape(unit.id(), typeId, times, unpaidBreak, change.notes() != null ? change.notes() : shift.notes(),
                staffId, caller.getName(), clock.instant());
        if (staffId == null || newDay) {
            // The person is judged again on a new day; an unassigned shift keeps no verdict.
            applyCertification(shift, verdicts, change.certificationOverrideReason());
        }
        guardWorkingTime(shift, change.workingTimeOverrideReason());
        events.shiftChanged(shift, before);
        return shift;
    }

    /** Cancels many shifts all or nothing: each failure is reported as {@code shiftIds[i]}, none is cancelled. */
    @Transactional
    public List<Shift> cancelAll(List<UUID> ids) {
        List<Shift> cancelled = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                errors.add(new Problem.FieldError("shiftIds[" + i + "]", "listed twice"));
                continue;
            }
            try {
                cancelled.add(cancel(ids.get(i)));
            } catch (ProblemException failure) {
                errors.add(new Problem.FieldError("shiftIds[" + i + "]", failure.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, errors.size() + " of " + ids.size()
                    + " shifts cannot be cancelled; none was", errors);
        }
        return cancelled;
    }

    /**
     * Copies the live shifts of a unit's (or a home's) week starting {@code fromWeekStart} to the
     * week starting {@code toWeekStart}, day for day, all or nothing under the planning rules:
     * with the same people unless {@code withStaff} is false (then open). Agency shifts are copied
     * with their company and rate, without the worker's name.
     */
    @Transactional
    public List<Shift> copyWeek(UUID careHomeId, UUID unitId, java.time.LocalDate fromWeekStart,
            java.time.LocalDate toWeekStart, boolean withStaff, CertificationCheck.Verdicts verdicts) {
        return planAll(weekCopy(careHomeId, unitId, fromWeekStart, toWeekStart, withStaff), verdicts);
    }

    /** The plans a week copy makes (checked when planned), read for the certification check first. */
    @Transactional
    public List<ShiftPlan> weekCopy(UUID careHomeId, UUID unitId, java.time.LocalDate fromWeekStart,
            java.time.LocalDate toWeekStart, boolean withStaff) {
        if ((careHomeId == null) == (unitId == null)) {
            throw ProblemException.ruleViolation("unitId", "give either unitId or careHomeId");
        }
        long offset = java.time.temporal.ChronoUnit.DAYS.between(fromWeekStart, toWeekStart);
        if (offset == 0) {
            throw ProblemException.ruleViolation("toWeekStart", "is the week being copied");
        }
        if (unitId != null) {
            units.get(unitId);
        } else {
            homes.get(careHomeId);
        }
        List<Shift> source = shifts.search(access.restriction(), new ShiftRepository.Criteria(careHomeId, unitId, null,
                fromWeekStart, fromWeekStart.plusDays(6), null, null, null, null)).list().stream()
                .filter(shift -> shift.status() != io.careops.scheduling.shift.domain.ShiftStatus.CANCELLED).toList();
        if (source.isEmpty()) {
            throw ProblemException.ruleViolation("fromWeekStart", "no live shifts in the week to copy");
        }
        List<ShiftPlan> plans = source.stream().map(shift -> new ShiftPlan(shift.unitId(),
                shift.times().date().plusDays(offset), shift.shiftTypeId(), shift.times().start(), shift.times().end(),
                shift.unpaidBreakMinutes(), shift.classification(), shift.overtime(),
                withStaff ? shift.staffId() : null, shift.agencyCompanyId(), null, shift.agencyHourlyRate(),
                shift.notes(), null, null)).toList();
        return plans;
    }

    @Transactional
    public Shift cancel(UUID id) {
        Shift shift = get(id);
        shift.cancel(caller.getName(), clock.instant());
        events.shiftCancelled(shift);
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
        return prepare(plan, direct);
    }

    private Shift prepare(ShiftPlan plan, Bookings booked) {
        Unit unit = units.get(plan.unitId());
        if (!unit.active()) {
            throw ProblemException.ruleViolation("unitId", "unit " + unit.name() + " is closed");
        }
        CareHome home = homes.get(unit.careHomeId());
        if (!home.active()) {
            throw ProblemException.ruleViolation("unitId", "care home " + home.name() + " is closed");
        }
        ShiftType type = plan.shiftTypeId() == null ? null : shiftTypes.findByIdOptional(plan.shiftTypeId())
                .filter(ShiftType::active)
                .orElseThrow(() -> ProblemException.ruleViolation("shiftTypeId", "no such active shift type"));
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
        Shift.Cover cover = cover(plan, classification, times, unit.careHomeId(), type, booked);
        return Shift.plan(unit.careHomeId(), unit.id(), plan.shiftTypeId(), times, unpaidBreak, classification,
                plan.overtime(), cover, plan.notes(), caller.getName(), clock.instant());
    }

    private Shift.Cover cover(ShiftPlan plan, Classification classification, ShiftTimes times, UUID careHomeId,
            ShiftType type, Bookings booked) {
        if (classification != Classification.AGENCY || plan.agencyCompanyId() == null) {
            UUID staffId = plan.staffId() == null ? null
                    : eligibleStaff(plan.staffId(), careHomeId, times, type, booked).id();
            return new Shift.Cover(staffId, plan.agencyCompanyId(), plan.agencyWorkerName(), plan.agencyHourlyRate());
        }
        AgencyCompany company = agencies.findByIdOptional(plan.agencyCompanyId())
                .filter(AgencyCompany::active)
                .orElseThrow(() -> ProblemException.ruleViolation("agencyCompanyId", "no such active agency company"));
        BigDecimal rate = plan.agencyHourlyRate() != null ? plan.agencyHourlyRate()
                : company.hourlyRate(times.period() == ShiftTimes.Period.NIGHT);
        return new Shift.Cover(plan.staffId(), company.id(), plan.agencyWorkerName(), rate);
    }

    /**
     * Someone the caller may see (of this home, or of another home of the group: cross-home
     * cover), employed that day, in a role the shift type admits.
     */
    private Staff eligibleStaff(UUID staffId, UUID careHomeId, ShiftTimes times, ShiftType type) {
        return eligibleStaff(staffId, careHomeId, times, type, direct);
    }

    private Staff eligibleStaff(UUID staffId, UUID careHomeId, ShiftTimes times, ShiftType type, Bookings booked) {
        return eligible(staff.get(staffId), times, type, booked);
    }

    private Staff eligible(Staff member, ShiftTimes times, ShiftType type, Bookings booked) {
        ZoneId zone = homes.ofPerson(member.careHomeId()).timeZone();
        List<Eligibility.Window> away = booked.approvedAround(member.id(), times.date()).stream().map(absence -> Eligibility.Window.days(absence.id(), absence.firstDay(),
                absence.lastDay(), zone, absence.type() + " from " + absence.firstDay() + " to " + absence.lastDay()))
                .toList();
        Eligibility.judge(member, times, type, away, List.of(), null).ifPresent(refusal -> {
            throw refusal.problem();
        });
        return member;
    }

    /** 409 naming the clash when the person already works at that time (the policy's overlap rule). */
    private void requireNoClash(UUID staffId, ShiftTimes times, UUID shiftId, List<Shift> alsoPlanned) {
        requireNoClash(staffId, times, shiftId, alsoPlanned, direct);
    }

    private void requireNoClash(UUID staffId, ShiftTimes times, UUID shiftId, List<Shift> alsoPlanned, Bookings booked) {
        if (staffId == null) {
            return;
        }
        List<Shift> clashes = new ArrayList<>(booked.overlapping(staffId, times, shiftId));
        alsoPlanned.stream().filter(other -> staffId.equals(other.staffId()) && times.overlaps(other.times()))
                .forEach(clashes::add);
        if (!clashes.isEmpty()) {
            List<Eligibility.Window> working = clashes.stream().map(clash -> new Eligibility.Window(clash.id(),
                    clash.times().startsAt(), clash.times().endsAt(), clash.times().date() + " " + clash.times().start()
                    + "-" + clash.times().end())).toList();
            // The person was found visible (or is a swap's) before: read whoever asks.
            Eligibility.judge(swapper(staffId), times, null, List.of(), working, null).ifPresent(refusal -> {
                throw refusal.problem();
            });
        }
    }
}
