package io.careops.scheduling.unit.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.domain.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final CareHomeService homes;
    private final CareHomeAccess access;
    private final Clock clock;

    public UnitService(UnitRepository units, CareHomeService homes, CareHomeAccess access, Clock clock) {
        this.units = units;
        this.homes = homes;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Unit open(UUID careHomeId, String name, String description, Unit.Staffing staffing) {
        homes.get(careHomeId); // 404 unless the home exists and the caller may see it
        if (units.nameTaken(careHomeId, name)) {
            throw ProblemException.conflict("The care home already has a unit named " + name.strip());
        }
        Unit unit = Unit.open(careHomeId, name, description, staffing, clock.instant());
        units.persist(unit);
        return unit;
    }

    /** A unit the caller may see, or 404. */
    /**
     * Changes a unit; staffing fields not given keep their values, and the ideal may not fall
     * below the minimum (422). {@code ifMatch} (If-Match; else 412) or {@code version} (the body; else 409), when given, must be the unit's (else 409).
     */
    @Transactional
    public Unit change(UUID id, String name, String description, Integer minDay, Integer minNight, Integer minWeekend,
            Integer idealDay, Integer idealNight, Boolean active, Long ifMatch, Long version) {
        Unit unit = get(id);
        io.careops.platform.http.Versions.require(ifMatch, version, unit.version(), "unit");
        Unit.Staffing now = unit.staffing();
        Unit.Staffing staffing = new Unit.Staffing(minDay != null ? minDay : now.minDay(),
                minNight != null ? minNight : now.minNight(), minWeekend != null ? minWeekend : now.minWeekend(),
                idealDay != null ? idealDay : now.idealDay(), idealNight != null ? idealNight : now.idealNight());
        unit.change(name, description, staffing, active, clock.instant());
        return unit;
    }

    @Transactional
    public Unit get(UUID id) {
        return access.visible(units.findByIdOptional(id), Unit::careHomeId, "Unit", id);
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, UUID careHomeId, Boolean active, Function<Unit, T> toResponse) {
        return Page.of(units.search(access.restriction(), careHomeId, active), page, toResponse);
    }
}
