package io.careops.scheduling.export.service;

import io.careops.platform.problem.ProblemException;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.shifttype.domain.ShiftTypeRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.domain.UnitRepository;
import io.careops.scheduling.unit.service.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rota of a home, or of one of its units, for a week or a month, as lines a printed rota or a
 * spreadsheet shows: every shift that is not cancelled, by day, unit and start, with who works it.
 */
@ApplicationScoped
public class RotaExportService {

    /** A month at most: the longest rota anyone prints. */
    public static final int MAX_DAYS = 31;

    private final CareHomeService homes;
    private final UnitService units;
    private final ShiftRepository shifts;
    private final UnitRepository unitRecords;
    private final StaffRepository staff;
    private final ShiftTypeRepository shiftTypes;

    public RotaExportService(CareHomeService homes, UnitService units, ShiftRepository shifts, UnitRepository unitRecords,
            StaffRepository staff, ShiftTypeRepository shiftTypes) {
        this.homes = homes;
        this.units = units;
        this.shifts = shifts;
        this.unitRecords = unitRecords;
        this.staff = staff;
        this.shiftTypes = shiftTypes;
    }

    /** One shift on the rota. Agency shifts name the agency worker; open shifts have no one. */
    public record Line(LocalDate date, String unit, LocalTime start, LocalTime end, String shiftType, String staffNumber,
            String worker, String role, String classification, boolean overtime, String status, int unpaidBreakMinutes,
            BigDecimal paidHours) {

        public boolean open() {
            return worker == null;
        }
    }

    public record Rota(String careHome, String unit, LocalDate from, LocalDate to, List<Line> lines) {

        public BigDecimal paidHours() {
            return lines.stream().map(Line::paidHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public long openShifts() {
            return lines.stream().filter(Line::open).count();
        }

        /** A file name for the download, e.g. rota-VG_ROSE-2026-11-23-2026-11-29. */
        public String fileName() {
            String who = unit != null ? unit : careHome;
            return ("rota-" + who + "-" + from + "-" + to).replaceAll("[^A-Za-z0-9_.-]", "_");
        }
    }

    @Transactional
    public Rota rota(UUID careHomeId, UUID unitId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.ruleViolation("to", "the period ends before it starts");
        }
        if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_DAYS) {
            throw ProblemException.ruleViolation("to", "a rota export covers at most " + MAX_DAYS + " days");
        }
        CareHome home = homes.get(careHomeId); // 404 when the caller may not see it
        Unit unit = null;
        if (unitId != null) {
            unit = units.get(unitId);
            if (!unit.careHomeId().equals(careHomeId)) {
                throw ProblemException.ruleViolation("unitId", "the unit is not in care home " + careHomeId);
            }
        }
        List<Shift> found = unitId == null
                ? shifts.list("careHomeId = ?1 and date >= ?2 and date <= ?3 and status <> ?4", Sort.by("startsAt").and("id"),
                        careHomeId, from, to, ShiftStatus.CANCELLED)
                : shifts.list("unitId = ?1 and date >= ?2 and date <= ?3 and status <> ?4", Sort.by("startsAt").and("id"),
                        unitId, from, to, ShiftStatus.CANCELLED);
        Map<UUID, String> unitNames = byId(found.stream().map(Shift::unitId).toList(),
                ids -> unitRecords.list("id in ?1", ids), Unit::id, Unit::name);
        Map<UUID, Staff> people = byId(found.stream().map(Shift::staffId).toList(),
                ids -> staff.list("id in ?1", ids), Staff::id, Function.identity());
        Map<UUID, String> typeCodes = byId(found.stream().map(Shift::shiftTypeId).toList(),
                ids -> shiftTypes.list("id in ?1", ids), ShiftType::id, ShiftType::code);
        List<Line> lines = found.stream().map(shift -> {
            Staff person = shift.staffId() == null ? null : people.get(shift.staffId());
            String worker = person != null ? person.fullName() : shift.agencyWorkerName();
            return new Line(shift.times().date(), unitNames.get(shift.unitId()), shift.times().start(), shift.times().end(),
                    shift.shiftTypeId() == null ? null : typeCodes.get(shift.shiftTypeId()),
                    person == null ? null : person.staffNumber(), worker, person == null ? null : person.roleCode(),
                    shift.classification().name(), shift.overtime(), shift.status().name(), shift.unpaidBreakMinutes(),
                    BigDecimal.valueOf(shift.paidDuration().toMinutes()).divide(BigDecimal.valueOf(60), 2,
                            java.math.RoundingMode.HALF_UP));
        }).sorted(Comparator.comparing(Line::date).thenComparing(Line::unit, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Rota(home.name(), unit == null ? null : unit.name(), from, to, lines);
    }

    private static <E, V> Map<UUID, V> byId(List<UUID> wanted, Function<List<UUID>, List<E>> load, Function<E, UUID> id,
            Function<E, V> value) {
        List<UUID> ids = wanted.stream().filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : load.apply(ids).stream().collect(Collectors.toMap(id, value));
    }
}
