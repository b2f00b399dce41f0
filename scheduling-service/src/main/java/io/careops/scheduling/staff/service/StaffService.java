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
import java.util.List;
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

    @Transactional
    public Staff hire(Staff.Hiring hiring) {
        homes.get(hiring.careHomeId());
        if (hiring.roleCode() != null) {
            role(hiring.roleCode());
        }
        requireUnitOfHome("homeUnitId", hiring.homeUnitId(), hiring.careHomeId());
        requireUnitOfHome("assignedUnitId", hiring.extras() == null ? null : hiring.extras().assignedUnitId(),
                hiring.careHomeId());
        if (staff.staffNumberTaken(hiring.staffNumber())) {
            throw ProblemException.conflict("Staff number " + hiring.staffNumber() + " is already in use");
        }
        Staff hired = Staff.hire(hiring, clock.instant());
        staff.persist(hired);
        return hired;
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
        if (unitId != null && !units.get(unitId).careHomeId().equals(careHomeId)) {
            throw ProblemException.ruleViolation(field, "the unit belongs to another care home");
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
