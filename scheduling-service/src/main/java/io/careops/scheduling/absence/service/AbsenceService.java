package io.careops.scheduling.absence.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.absence.domain.AbsenceRepository;
import io.careops.scheduling.absence.domain.AbsenceState;
import io.careops.scheduling.absence.domain.AbsenceType;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.leave.domain.LeaveBlackout;
import io.careops.scheduling.leave.service.LeaveService;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.service.CurrentStaff;
import io.careops.scheduling.staff.service.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.FlushMode;
import org.hibernate.Session;

@ApplicationScoped
public class AbsenceService {

    private final AbsenceRepository absences;
    private final ShiftRepository shifts;
    private final StaffService staff;
    private final CareHomeService homes;
    private final CareHomeAccess access;
    private final CurrentStaff current;
    private final LeaveService leave;
    private final JsonWebToken caller;
    private final Clock clock;
    private final io.careops.scheduling.events.RotaEvents events;

    private final Session session;

    public AbsenceService(AbsenceRepository absences, ShiftRepository shifts, StaffService staff, CareHomeService homes,
            CareHomeAccess access, CurrentStaff current, LeaveService leave, JsonWebToken caller, Clock clock,
            io.careops.scheduling.events.RotaEvents events, Session session) {
        this.session = session;
        this.events = events;
        this.absences = absences;
        this.shifts = shifts;
        this.staff = staff;
        this.homes = homes;
        this.access = access;
        this.current = current;
        this.leave = leave;
        this.caller = caller;
        this.clock = clock;
    }

    /** What a staff-only caller may ask for themselves; sickness and parental leave are recorded by a manager. */
    private static final java.util.Set<AbsenceType> SELF_REQUESTED = java.util.EnumSet.of(AbsenceType.ANNUAL_LEAVE,
            AbsenceType.TRAINING, AbsenceType.OTHER);

    @Transactional
    public Absence request(UUID staffId, AbsenceType type, LocalDate firstDay, LocalDate lastDay, String notes) {
        return request(staffId, type, firstDay, lastDay, notes, null, null);
    }

    /**
     * A request; annual leave inside a blackout of the person's unit is refused (422 with the
     * reason) unless a manager gives {@code blackoutOverrideReason}, which is kept.
     */
    @Transactional
    public Absence request(UUID staffId, AbsenceType type, LocalDate firstDay, LocalDate lastDay, String notes,
            java.math.BigDecimal leaveHours, String blackoutOverrideReason) {
        requireManagerForOverride(blackoutOverrideReason);
        Staff member = staff.view(staffId);
        if (current.selfService() && !SELF_REQUESTED.contains(type)) {
            throw ProblemException.ruleViolation("type", "staff request ANNUAL_LEAVE, TRAINING or OTHER for themselves;"
                    + " a manager records " + type);
        }
        Absence absence = Absence.request(member.id(), member.careHomeId(), type, firstDay, lastDay, notes,
                caller.getName(), clock.instant());
        if (leaveHours != null && type != AbsenceType.ANNUAL_LEAVE) {
            throw ProblemException.ruleViolation("leaveHours", "only annual leave uses leave hours");
        }
        absence.useLeaveHours(leaveHours);
        guardBlackouts(absence, member, blackoutOverrideReason, "firstDay");
        absences.persist(absence);
        events.leaveRequested(absence);
        return absence;
    }

    /** The most absences one bulk request records. */
    public static final int MAX_BULK = 500;

    /** One absence of a bulk request, as {@link #request} takes it. */
    public record Requested(UUID staffId, AbsenceType type, LocalDate firstDay, LocalDate lastDay, String notes,
            java.math.BigDecimal leaveHours, String blackoutOverrideReason) {
    }

    /**
     * Many requests at once, each under the rules of {@link #request} (so each is REQUESTED and
     * its event recorded), all or nothing: every failing entry is named as {@code absences[i].field}
     * in one 422 and nothing is recorded. A manager then decides them, one by one or with
     * {@link #decideAll}.
     */
    @Transactional
    public List<Absence> requestAll(List<Requested> requests) {
        List<Absence> recorded = new java.util.ArrayList<>();
        List<io.careops.platform.problem.Problem.FieldError> errors = new java.util.ArrayList<>();
        int failing = 0;
        // The only query an entry makes (its unit's blackouts) reads nothing the entries before it
        // wrote, so nothing is flushed before it: an automatic flush before every query checks
        // every record of the request so far, which grows with the square of its size.
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            for (int i = 0; i < requests.size(); i++) {
                Requested entry = requests.get(i);
                try {
                    recorded.add(request(entry.staffId(), entry.type(), entry.firstDay(), entry.lastDay(), entry.notes(),
                            entry.leaveHours(), entry.blackoutOverrideReason()));
                } catch (ProblemException failure) {
                    failing++;
                    errors.addAll(failure.errorsUnder("absences[" + i + "]"));
                }
            }
        } finally {
            session.setHibernateFlushMode(flushMode);
        }
        if (!errors.isEmpty()) {
            // Thrown out of the transaction: the requests recorded so far are rolled back.
            throw new ProblemException(ProblemType.RULE_VIOLATION, failing + " of " + requests.size()
                    + " absences cannot be recorded; none was", errors);
        }
        return recorded;
    }

    /**
     * Approving, declining or cancelling. An approval that would overlap a shift the person still
     * holds, or another approved absence, is a conflict: reassign or cancel those first.
     */
    @Transactional
    public Absence decide(UUID id, AbsenceState target) {
        return decide(id, target, null);
    }

    /** As {@link #decide(UUID, AbsenceState)}; approving annual leave inside a blackout needs the override reason. */
    @Transactional
    public Absence decide(UUID id, AbsenceState target, String blackoutOverrideReason) {
        return decide(id, target, blackoutOverrideReason, null);
    }

    /**
     * As {@link #decide(UUID, AbsenceState, String)}, with the reason for the decision, which the
     * person is told (their notification) and which is kept with the absence.
     */
    @Transactional
    public Absence decide(UUID id, AbsenceState target, String blackoutOverrideReason, String reason) {
        return decide(id, target, blackoutOverrideReason, reason, List.of(), direct());
    }

    /** As above; {@code decidedBefore}: absences decided earlier in the same request, not yet flushed. */
    private Absence decide(UUID id, AbsenceState target, String blackoutOverrideReason, String reason,
            List<Absence> decidedBefore, Held held) {
        requireManagerForOverride(blackoutOverrideReason);
        Absence absence = get(id);
        if (current.selfService() && !(target == AbsenceState.CANCELLED && absence.state() == AbsenceState.REQUESTED)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Staff may withdraw (CANCELLED) their own request while"
                    + " it is REQUESTED; a manager decides the rest");
        }
        if (target == AbsenceState.APPROVED) {
            requireNoOverlapWhenApproved(absence, decidedBefore, held);
            guardBlackouts(absence, staff.get(absence.staffId()), blackoutOverrideReason, "state");
        }
        absence.decide(target, reason, caller.getName(), clock.instant());
        // The person withdrawing their own request is not told about it; everyone else's decision is.
        events.leaveDecided(absence, current.isSelf(absence.staffId()));
        return absence;
    }

    /**
     * Approves or declines many requests at once, all or nothing: every failure is reported as
     * {@code absenceIds[i]} and nothing is decided.
     */
    @Transactional
    public List<Absence> decideAll(List<UUID> ids, AbsenceState target, String blackoutOverrideReason) {
        return decideAll(ids, target, blackoutOverrideReason, null);
    }

    /** As {@link #decideAll(List, AbsenceState, String)}, with one reason told to each person. */
    @Transactional
    public List<Absence> decideAll(List<UUID> ids, AbsenceState target, String blackoutOverrideReason, String reason) {
        if (target != AbsenceState.APPROVED && target != AbsenceState.DECLINED) {
            throw ProblemException.ruleViolation("state", "a bulk decision is APPROVED or DECLINED");
        }
        List<Absence> decided = new java.util.ArrayList<>();
        List<io.careops.platform.problem.Problem.FieldError> errors = new java.util.ArrayList<>();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        // Nothing is flushed before each decision's queries (an automatic flush checks every record
        // of the request so far, which grows with the square of its size). What they would miss,
        // the approvals made earlier in this request, is checked in memory instead.
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            Held held = readAhead(ids, target);
            for (int i = 0; i < ids.size(); i++) {
                String field = "absenceIds[" + i + "]";
                if (!seen.add(ids.get(i))) {
                    errors.add(new io.careops.platform.problem.Problem.FieldError(field, "listed twice"));
                    continue;
                }
                try {
                    decided.add(decide(ids.get(i), target, blackoutOverrideReason, reason, decided, held));
                } catch (ProblemException failure) {
                    errors.add(new io.careops.platform.problem.Problem.FieldError(field, failure.getMessage()));
                }
            }
        } finally {
            session.setHibernateFlushMode(flushMode);
        }
        if (!errors.isEmpty()) {
            // Thrown out of the transaction: the decisions made so far are rolled back.
            throw new ProblemException(ProblemType.RULE_VIOLATION, errors.size() + " of " + ids.size()
                    + " absences cannot become " + target + "; none was decided", errors);
        }
        return decided;
    }

    private void requireManagerForOverride(String blackoutOverrideReason) {
        if (blackoutOverrideReason != null && current.selfService()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only a manager may override a leave blackout");
        }
    }

    /** Annual leave touching an active blackout of the person's unit: 422 with the reason, unless overridden. */
    private void guardBlackouts(Absence absence, Staff member, String overrideReason, String field) {
        if (absence.type() != AbsenceType.ANNUAL_LEAVE || absence.blackoutOverridden()) {
            return;
        }
        List<LeaveBlackout> hits = leave.blackoutsFor(member, absence.firstDay(), absence.lastDay());
        if (hits.isEmpty()) {
            return;
        }
        if (overrideReason == null) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "Annual leave from " + absence.firstDay() + " to "
                    + absence.lastDay() + " falls in a leave blackout: " + hits.stream().map(hit -> hit.firstDay() + " to "
                            + hit.lastDay() + ": " + hit.reason() + " (blackout " + hit.id() + ")")
                            .collect(Collectors.joining("; ")) + "; a manager may override with blackoutOverrideReason",
                    hits.stream().map(hit -> new io.careops.platform.problem.Problem.FieldError(field,
                            "leave blackout " + hit.firstDay() + " to " + hit.lastDay() + ": " + hit.reason())).toList());
        }
        absence.overrideBlackout(overrideReason, caller.getName(), clock.instant());
    }

    /** An absence the caller may see (a staff-only caller: their own), or 404. */
    @Transactional
    public Absence get(UUID id) {
        Absence absence = access.visible(absences.findByIdOptional(id), Absence::careHomeId, "Absence", id);
        current.requireOwn(absence.staffId(), "Absence", id);
        return absence;
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, AbsenceRepository.Criteria criteria, Function<Absence, T> toResponse) {
        AbsenceRepository.Criteria scoped = current.onlyStaffId().map(self -> new AbsenceRepository.Criteria(
                criteria.careHomeId(), criteria.staffId() == null || criteria.staffId().equals(self) ? self
                        : CurrentStaff.NO_ONE, criteria.state(), criteria.type(), criteria.from(), criteria.to()))
                .orElse(criteria);
        return Page.of(absences.search(access.restriction(), scoped), page, toResponse);
    }

    /**
     * What an approval must not overlap: the person's approved absences and the shifts they hold.
     * One decision asks the database; a bulk decision reads everyone's at once ({@link #readAhead})
     * and answers each from memory with the same filters.
     */
    private interface Held {

        /** Approved absences on any of the days {@code first} to {@code last}, by first day. */
        List<Absence> approvedBetween(UUID staffId, LocalDate first, LocalDate last);

        /** Shifts not cancelled that overlap {@code startsAt} to {@code endsAt}, by start. */
        List<Shift> shifts(UUID staffId, java.time.Instant startsAt, java.time.Instant endsAt);
    }

    private Held direct() {
        return new Held() {
            @Override
            public List<Absence> approvedBetween(UUID staffId, LocalDate first, LocalDate last) {
                return absences.approvedBetween(staffId, first, last);
            }

            @Override
            public List<Shift> shifts(UUID staffId, java.time.Instant startsAt, java.time.Instant endsAt) {
                return shifts.overlapping(staffId, startsAt, endsAt, null);
            }
        };
    }

    /**
     * A bulk decision's reads, ahead of its items (a JFR profile of the demo load put the reads of
     * each item at a tenth of scheduling's CPU): the absences themselves and their people (found in
     * the session afterwards), and for approvals everyone's approved absences and shifts over the
     * days of all the items, in five queries instead of four or five per item. Unknown ids are left
     * to each item's own read (404, as before). Nothing is flushed in between (see decideAll), so
     * what was read ahead is what each item's query would have found.
     */
    private Held readAhead(List<UUID> ids, AbsenceState target) {
        // Only what the caller may see: another home's absence is left to its item's own read (404 there).
        List<Absence> found = absences.list("id in ?1", new java.util.HashSet<>(ids)).stream()
                .filter(absence -> access.canSee(absence.careHomeId())).toList();
        java.util.Set<UUID> people = found.stream().map(Absence::staffId).collect(Collectors.toSet());
        if (found.isEmpty() || target != AbsenceState.APPROVED) {
            return direct();
        }
        session.createSelectionQuery("from Staff s where s.id in :people", Staff.class).setParameter("people", people)
                .getResultList();
        LocalDate first = found.stream().map(Absence::firstDay).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = found.stream().map(Absence::lastDay).max(LocalDate::compareTo).orElseThrow();
        java.util.Map<UUID, List<Absence>> approved = absences.approvedBetween(people, first, last).stream()
                .collect(Collectors.groupingBy(Absence::staffId));
        java.time.Instant earliest = null;
        java.time.Instant latest = null;
        for (Absence absence : found) {
            ZoneId zone = homes.get(absence.careHomeId()).timeZone();
            java.time.Instant starts = absence.startsAt(zone);
            java.time.Instant ends = absence.endsAt(zone);
            earliest = earliest == null || starts.isBefore(earliest) ? starts : earliest;
            latest = latest == null || ends.isAfter(latest) ? ends : latest;
        }
        java.time.Instant from = earliest;
        java.time.Instant to = latest;
        java.util.Map<UUID, List<Shift>> working = shifts.overlappingAny(people, from, to).stream()
                .collect(Collectors.groupingBy(Shift::staffId));
        Held direct = direct();
        return new Held() {
            @Override
            public List<Absence> approvedBetween(UUID staffId, LocalDate firstDay, LocalDate lastDay) {
                if (!people.contains(staffId) || firstDay.isBefore(first) || lastDay.isAfter(last)) {
                    return direct.approvedBetween(staffId, firstDay, lastDay);
                }
                return approved.getOrDefault(staffId, List.of()).stream().filter(other ->
                        !other.firstDay().isAfter(lastDay) && !other.lastDay().isBefore(firstDay)).toList();
            }

            @Override
            public List<Shift> shifts(UUID staffId, java.time.Instant startsAt, java.time.Instant endsAt) {
                if (!people.contains(staffId) || startsAt.isBefore(from) || endsAt.isAfter(to)) {
                    return direct.shifts(staffId, startsAt, endsAt);
                }
                // Half-open ranges, as tstzrange(starts_at, ends_at, '[)') && ... in the query.
                return working.getOrDefault(staffId, List.of()).stream().filter(shift ->
                        shift.times().startsAt().isBefore(endsAt) && startsAt.isBefore(shift.times().endsAt())).toList();
            }
        };
    }

    private void requireNoOverlapWhenApproved(Absence absence, List<Absence> decidedBefore, Held held) {
        List<Absence> approved = java.util.stream.Stream.concat(decidedBefore.stream().filter(other ->
                other.state() == AbsenceState.APPROVED && other.staffId().equals(absence.staffId())
                        && !other.firstDay().isAfter(absence.lastDay()) && !other.lastDay().isBefore(absence.firstDay())),
                held.approvedBetween(absence.staffId(), absence.firstDay(), absence.lastDay()).stream())
                .filter(other -> !other.id().equals(absence.id())).toList();
        if (!approved.isEmpty()) {
            Absence other = approved.get(0);
            throw ProblemException.conflict("The staff member is already on approved absence from "
                    + other.firstDay() + " to " + other.lastDay() + " (absence " + other.id() + ")");
        }
        ZoneId zone = homes.get(absence.careHomeId()).timeZone();
        List<Shift> holds = held.shifts(absence.staffId(), absence.startsAt(zone), absence.endsAt(zone));
        if (!holds.isEmpty()) {
            throw ProblemException.conflict("The staff member still holds " + holds.size() + " shift(s) in those days ("
                    + holds.stream().map(shift -> shift.times().date() + " " + shift.times().start() + " shift "
                            + shift.id()).collect(Collectors.joining(", ")) + "); reassign or cancel them first");
        }
    }
}
