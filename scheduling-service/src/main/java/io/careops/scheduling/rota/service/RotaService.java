package io.careops.scheduling.rota.service;

import io.careops.scheduling.rota.domain.PeriodCoverage;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.staff.domain.StaffRole;
import io.careops.scheduling.staff.domain.StaffRoleRepository;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.service.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class RotaService {

    public static final int DAYS = 7;

    private final UnitService units;
    private final ShiftRepository shifts;
    private final StaffRepository staff;
    private final StaffRoleRepository roles;

    public RotaService(UnitService units, ShiftRepository shifts, StaffRepository staff, StaffRoleRepository roles) {
        this.units = units;
        this.shifts = shifts;
        this.staff = staff;
        this.roles = roles;
    }

    /** A unit's week: its live (not cancelled) shifts, the people on them, and each period's coverage. */
    public record Week(Unit unit, LocalDate weekStart, List<PeriodCoverage> periods, Map<UUID, Staff> people,
            Map<String, StaffRole> roles) {
    }

    @Transactional
    public Week week(UUID unitId, LocalDate weekStart) {
        Unit unit = units.get(unitId);
        LocalDate weekEnd = weekStart.plusDays(DAYS - 1);
        List<Shift> live = shifts.list("unitId = ?1 and date >= ?2 and date <= ?3 and status <> ?4",
                Sort.by("startsAt").and("id"), unitId, weekStart, weekEnd, ShiftStatus.CANCELLED);
        List<UUID> staffIds = live.stream().map(Shift::staffId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, Staff> people = staffIds.isEmpty() ? Map.of()
                : staff.list("id in ?1", staffIds).stream().collect(Collectors.toMap(Staff::id, Function.identity()));
        Map<String, StaffRole> roleCatalogue = roles.listAll().stream()
                .collect(Collectors.toMap(StaffRole::code, Function.identity()));
        List<PeriodCoverage> periods = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = weekStart.plusDays(day);
            for (ShiftTimes.Period period : ShiftTimes.Period.values()) {
                List<Shift> ofPeriod = live.stream()
                        .filter(shift -> shift.times().date().equals(date) && shift.times().period() == period).toList();
                periods.add(PeriodCoverage.of(date, period, unit.staffing(), ofPeriod));
            }
        }
        return new Week(unit, weekStart, periods, people, roleCatalogue);
    }
}
