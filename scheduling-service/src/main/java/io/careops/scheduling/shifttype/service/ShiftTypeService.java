package io.careops.scheduling.shifttype.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.shifttype.domain.ShiftTypeRepository;
import io.careops.scheduling.staff.service.StaffService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class ShiftTypeService {

    private final ShiftTypeRepository types;
    private final StaffService staff;
    private final Clock clock;

    public ShiftTypeService(ShiftTypeRepository types, StaffService staff, Clock clock) {
        this.types = types;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public ShiftType define(String code, String name, LocalTime start, LocalTime end, int unpaidBreakMinutes,
            List<String> allowedRoles) {
        if (allowedRoles != null) {
            allowedRoles.forEach(staff::role);
        }
        if (types.codeTaken(code)) {
            throw ProblemException.conflict("Shift type " + code + " already exists");
        }
        ShiftType type = ShiftType.define(code, name, start, end, unpaidBreakMinutes, allowedRoles, clock.instant());
        types.persist(type);
        return type;
    }

    /** Changes a shift type; roles must be in the catalogue (400). {@code version}, when given, must match (409). */
    @Transactional
    public ShiftType change(UUID id, String name, LocalTime start, LocalTime end, Integer unpaidBreakMinutes,
            java.util.List<String> allowedRoles, Boolean active, Long ifMatch, Long version) {
        ShiftType type = get(id);
        io.careops.platform.http.Versions.require(ifMatch, version, type.version(), "shift type");
        if (allowedRoles != null) {
            allowedRoles.forEach(staff::role);
        }
        type.change(name, start, end, unpaidBreakMinutes, allowedRoles, active, clock.instant());
        return type;
    }

    @Transactional
    public ShiftType get(UUID id) {
        return types.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Shift type", id));
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, Function<ShiftType, T> toResponse) {
        return Page.of(types.findAll(Sort.by("code")), page, toResponse);
    }
}
