package io.careops.scheduling.staff.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.staff.domain.StaffRole;
import io.careops.scheduling.staff.domain.StaffRoleRepository;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.service.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class StaffService {

    private final StaffRepository staff;
    private final StaffRoleRepository roles;
    private final CareHomeService homes;
    private final UnitService units;
    private final CareHomeAccess access;
    private final CurrentStaff current;
    private final Clock clock;

    public StaffService(StaffRepository staff, StaffRoleRepository roles, CareHomeService homes, UnitService units,
            CareHomeAccess access, CurrentStaff current, Clock clock) {
        this.staff = staff;
        this.roles = roles;
        this.homes = homes;
        this.units = units;
        this.access = access;
        this.current = current;
        this.clock = clock;
    }

    /** The most people one bulk hire takes. */
    public static final int MAX_BULK = 500;

    @Transactional
    public Staff hire(Staff.Hiring hiring) {
        Staff hired = prepare(hiring);
        if (staff.staffNumberTaken(hiring.staffNumber())) {
            throw ProblemException.conflict("Staff number " + hiring.staffNumber() + " is already in use");
        }
        staff.persist(hired);
        return hired;
    }

    /**
     * Many people at once (an HR upload), each under the rules of {@link #hire}, all or nothing:
     * every failing entry is named as {@code staff[i].field} in one 422 and nobody is hired. The
     * staff numbers already in use are read in one query; a number given twice in the request is
     * refused on its second entry.
     */
    @Transactional
    public List<Staff> hireAll(List<Staff.Hiring> hirings) {
        Set<String> taken = staff.staffNumbersTaken(hirings.stream().map(Staff.Hiring::staffNumber).toList());
        Map<String, Integer> firstGiven = new HashMap<>();
        List<Staff> hired = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < hirings.size(); i++) {
            Staff.Hiring hiring = hirings.get(i);
            String prefix = "staff[" + i + "]";
            Integer earlier = firstGiven.putIfAbsent(hiring.staffNumber(), i);
            if (taken.contains(hiring.staffNumber())) {
                errors.add(new Problem.FieldError(prefix + ".staffNumber", "staff number " + hiring.staffNumber()
                        + " is already in use"));
            } else if (earlier != null) {
                errors.add(new Problem.FieldError(prefix + ".staffNumber", "staff number " + hiring.staffNumber()
                        + " is also given to staff[" + earlier + "]"));
            }
            try {
                hired.add(prepare(hiring, now));
            } catch (ProblemException failure) {
                errors.addAll(failure.errorsUnder(prefix));
            }
        }
        if (!errors.isEmpty()) {
            long failing = errors.stream().map(error -> error.field().substring(0, error.field().indexOf(']') + 1))
                    .distinct().count();
            // Thrown out of the transaction: nobody is hired.
            throw new ProblemException(ProblemType.RULE_VIOLATION, failing + " of " + hirings.size()
                    + " staff cannot be added; none was", errors);
        }
        staff.persist(hired);
        return hired;
    }

    /** A hire checked against the home, role and units (not yet the staff number), not yet saved. */
    private Staff prepare(Staff.Hiring hiring) {
        return prepare(hiring, clock.instant());
    }

    private Staff prepare(Staff.Hiring hiring, Instant now) {
        named("careHomeId", () -> homes.get(hiring.careHomeId()));
        if (hiring.roleCode() != null) {
            role(hiring.roleCode());
        }
        requireUnitOfHome("homeUnitId", hiring.homeUnitId(), hiring.careHomeId());
        requireUnitOfHome("assignedUnitId", hiring.extras() == null ? null : hiring.extras().assignedUnitId(),
                hiring.careHomeId());
        return Staff.hire(hiring, now);
    }

    @Transactional
    public Staff change(UUID id, Staff.Change change) {
        Staff member = get(id);
        if (change.roleCode() != null) {
            role(change.roleCode());
        }
        requireUnitOfHome("homeUnitId", change.homeUnitId(), member.careHomeId());
        requireUnitOfHome("assignedUnitId", change.assignedUnitId(), member.careHomeId());
        member.change(change, clock.instant());
        return member;
    }

    private void requireUnitOfHome(String field, UUID unitId, UUID careHomeId) {
        if (unitId == null) {
            return;
        }
        Unit unit = named(field, () -> units.get(unitId));
        if (!unit.careHomeId().equals(careHomeId)) {
            throw ProblemException.ruleViolation(field, "the unit belongs to another care home");
        }
    }

    /**
     * A look-up whose failure (a home or unit not there, or not the caller's: 404) names the
     * field that referred to it, so that a bulk hire can say which entry and field it was.
     */
    private static <T> T named(String field, java.util.function.Supplier<T> lookUp) {
        try {
            return lookUp.get();
        } catch (ProblemException failure) {
            if (failure.errors() != null && !failure.errors().isEmpty()) {
                throw failure;
            }
            throw new ProblemException(failure.type(), failure.getMessage(),
                    List.of(new Problem.FieldError(field, failure.getMessage())));
        }
    }

    /** The caller's own staff record, if the token names one (claim {@code staff_number} by default). */
    @Transactional
    public java.util.Optional<Staff> me() {
        return current.linked();
    }

    /** The home a staff member belongs to, whoever asks (null when there is no such person). */
    @Transactional
    public UUID homeOf(UUID staffId) {
        return staff.findByIdOptional(staffId).map(Staff::careHomeId).orElse(null);
    }

    /** A staff member the caller may see, or 404. */
    @Transactional
    public Staff get(UUID id) {
        return access.visible(staff.findByIdOptional(id), Staff::careHomeId, "Staff member", id);
    }

    /**
     * A staff member as the caller may read them: a self-service (staff-only) caller reads their
     * own record only; a colleague answers 404 (the rota shows colleagues' names and shifts).
     */
    @Transactional
    public Staff view(UUID id) {
        Staff member = get(id);
        current.requireOwn(member.id(), "Staff member", id);
        return member;
    }

    @Transactional
    public <T> Page<T> search(PageRequest page, StaffRepository.Criteria criteria, Function<Staff, T> toResponse) {
        return Page.of(staff.search(access.restriction(), criteria, current.onlyStaffId()), page, toResponse);
    }

    @Transactional
    public <T> Page<T> roles(PageRequest page, Function<StaffRole, T> toResponse) {
        return Page.of(roles.findAll(Sort.by("code")), page, toResponse);
    }

    /** The catalogue is the set of allowed values: an unknown code is answered like an unknown enum value. */
    @Transactional
    public StaffRole role(String code) {
        return roles.findByIdOptional(code).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                "Unknown role " + code, List.of(new Problem.FieldError("roleCode", "must be one of "
                        + roles.listAll(Sort.by("code")).stream().map(StaffRole::code)
                                .collect(Collectors.joining(", "))))));
    }
}
