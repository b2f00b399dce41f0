package io.careops.scheduling.rotahealth.service;

import io.careops.platform.problem.ProblemException;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.rotahealth.domain.LiveShiftRepository;
import io.careops.scheduling.rotahealth.domain.LiveShiftRepository.LiveShift;
import io.careops.scheduling.rotahealth.domain.RotaSnapshot;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.shifttype.domain.ShiftTypeRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.staff.domain.StaffRole;
import io.careops.scheduling.staff.domain.StaffRoleRepository;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.domain.UnitRepository;
import io.careops.scheduling.support.Period;
import io.careops.scheduling.workingtime.domain.Leave;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.WorkingTimeRepository;
import io.careops.scheduling.workingtime.service.WorkingTimeReportService;
import io.careops.scheduling.workingtime.service.WorkingTimeService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Reads a home's rota for rota health in two short read-only transactions running side by side
 * and a fixed number of queries, whatever the weeks and the staff: in the caller's, the home, its
 * units, its live shifts of the days (read only), its staff, the visitors on its shifts (only when
 * there are any), the roles and the shift types; in one of its own on a thread of
 * {@link RotaHealthWork} (a second core), the staff's shifts and approved leave around the days (a
 * reference period and a week before, one after) and the compensatory rest recorded as given. Ten
 * queries at most. Each statement sees the data committed when it starts (read committed), as it
 * did when all ran in one transaction.
 *
 * <p>Compliance is not asked in the transaction: once the shifts and the staff are read, the
 * caller's {@link Ask} is handed whom to ask about and starts the call on a thread of its own
 * (no transaction there), while the rest is read here; the caller waits for the answer after
 * this transaction has ended.
 */
@ApplicationScoped
public class RotaSnapshotLoader {

    private final CareHomeService homes;
    private final UnitRepository units;
    private final LiveShiftRepository shifts;
    private final StaffRepository staff;
    private final StaffRoleRepository roles;
    private final ShiftTypeRepository shiftTypes;
    private final WorkingTimeService workingTimeRules;
    private final WorkingTimeRepository workingTime;
    private final Clock clock;
    private final Session session;
    private final BigDecimal overtimeMultiplier;
    private final RotaHealthWork work;

    public RotaSnapshotLoader(CareHomeService homes, UnitRepository units, LiveShiftRepository shifts, StaffRepository staff,
            StaffRoleRepository roles, ShiftTypeRepository shiftTypes, WorkingTimeService workingTimeRules,
            WorkingTimeRepository workingTime, Clock clock, Session session, RotaHealthWork work,
            @ConfigProperty(name = "careops.overtime.multiplier", defaultValue = "1.5") BigDecimal overtimeMultiplier) {
        this.homes = homes;
        this.units = units;
        this.shifts = shifts;
        this.staff = staff;
        this.roles = roles;
        this.shiftTypes = shiftTypes;
        this.workingTimeRules = workingTimeRules;
        this.workingTime = workingTime;
        this.clock = clock;
        this.session = session;
        this.overtimeMultiplier = overtimeMultiplier;
        this.work = work;
    }

    /**
     * The snapshot (without compliance's answer yet), and what the suggestions for open shifts
     * need besides: the entities of the home's staff, the live shifts with their shift type and
     * break (values, not entities), the shift types, and the working-time records as the
     * working-time report reads them. Detached once returned: read only.
     */
    public record Loaded(RotaSnapshot snapshot, CareHome home, WorkingTimeReportService.HomeRecords records,
            Map<UUID, LiveShift> shifts, Map<UUID, ShiftType> types, Supplier<RotaSnapshot.Certifications> answer) {
    }

    /**
     * Starts asking compliance about these people (id and role, null for a visitor) on the last day
     * loaded, without waiting; the answer is asked for once this transaction has ended, and never
     * fails (an unanswered call is {@link RotaSnapshot.Certifications#UNAVAILABLE}).
     */
    @FunctionalInterface
    public interface Ask {
        Supplier<RotaSnapshot.Certifications> about(List<ComplianceClient.Person> people, LocalDate day);
    }

    /** The home's (or one unit's) rota from {@code from} to {@code to}; 404 for a unit not active in the home. */
    @Transactional
    public Loaded load(UUID careHomeId, UUID unitId, LocalDate from, LocalDate to, Ask ask) {
        readOnly();
        return load(homes.get(careHomeId), unitId, from, to, ask);
    }

    /** Nothing is written: entities read without dirty-checking snapshots, and no flush at commit. */
    private void readOnly() {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    /**
     * The home's rota for the {@code weeks} Monday-to-Sunday weeks up to the one of today (in the
     * home's zone), for a history: one snapshot for all of them.
     */
    @Transactional
    public Loaded loadWeeks(UUID careHomeId, int weeks, Ask ask) {
        readOnly();
        CareHome home = homes.get(careHomeId);
        LocalDate today = LocalDate.now(clock.withZone(home.timeZone()));
        LocalDate thisMonday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return load(home, null, thisMonday.minusWeeks(weeks - 1L), thisMonday.plusDays(6), ask);
    }

    private Loaded load(CareHome home, UUID unitId, LocalDate from, LocalDate to, Ask ask) {
        List<Unit> homeUnits = units.list("careHomeId", home.id());
        if (unitId != null && homeUnits.stream().noneMatch(unit -> unit.active() && unit.id().equals(unitId))) {
            throw ProblemException.notFound("Unit", unitId);
        }
        Regime regime = workingTimeRules.regime(home);
        Period around = new Period(from, to).widenedBy(regime.referenceWeeks() + 1L, regime.referenceWeeks());
        // The staff's working-time records (about half of the reading) on a second core, in a
        // transaction of their own, while the shifts, staff, roles and types are read here; read
        // here, in this transaction, when no thread of the pool has begun them when they are needed
        // or the pool's read failed (no second connection in time under load, say).
        UUID homeId = home.id();
        Supplier<Records> reading = work.aside(
                () -> QuarkusTransaction.requiringNew().call(() -> records(homeId, around)),
                () -> records(homeId, around));
        List<LiveShift> liveShifts = shifts.live(home.id(), from, to);
        List<RotaSnapshot.ShiftRow> live = liveShifts.stream().map(LiveShift::row).toList();
        // As WorkingTimeReportService.load reads them, the staff first so that compliance can be asked.
        Map<UUID, Staff> homeStaff = staff.list("careHomeId", home.id()).stream()
                .collect(Collectors.toMap(Staff::id, Function.identity()));
        Supplier<RotaSnapshot.Certifications> answer = ask.about(toAsk(live, unitId, homeStaff), to);
        List<UUID> visitorIds = live.stream().map(RotaSnapshot.ShiftRow::staffId).filter(Objects::nonNull)
                .filter(id -> !homeStaff.containsKey(id)).distinct().toList();
        List<Staff> visitors = visitorIds.isEmpty() ? List.of() : staff.list("id in ?1", visitorIds);
        Set<String> supervisory = roles.listAll().stream().filter(StaffRole::supervisory).map(StaffRole::code)
                .collect(Collectors.toSet());
        Map<UUID, ShiftType> types = shiftTypes.listAll().stream()
                .collect(Collectors.toMap(ShiftType::id, Function.identity()));
        Records read = reading.get();
        WorkingTimeReportService.HomeRecords records = new WorkingTimeReportService.HomeRecords(home, regime,
                around.from(), around.to(), read.periods(), read.leaves(), homeStaff);

        Map<UUID, RotaSnapshot.Person> people = new HashMap<>();
        records.people().values().forEach(member -> people.put(member.id(), person(member, true)));
        visitors.forEach(visitor -> people.put(visitor.id(), person(visitor, false)));
        RotaSnapshot snapshot = new RotaSnapshot(
                new RotaSnapshot.Home(home.id(), home.overtimeBudgetMonthly(), home.agencyBudgetMonthly(),
                        overtimeMultiplier),
                unitId, from, to, homeUnits.stream().map(RotaSnapshotLoader::floor).toList(),
                live, people, supervisory,
                new RotaSnapshot.WorkingTime(records.regime(), records.periods(), records.leaves(), read.given()),
                RotaSnapshot.Certifications.UNAVAILABLE);
        Map<UUID, LiveShift> byId = new LinkedHashMap<>();
        liveShifts.forEach(shift -> byId.put(shift.row().id(), shift));
        return new Loaded(snapshot, home, records, byId, types, answer);
    }

    /** The home's staff's shifts and approved leave over the days, and the compensatory rest recorded as given. */
    private record Records(Map<UUID, List<WorkPeriod>> periods, Map<UUID, List<Leave>> leaves,
            Map<UUID, Set<String>> given) {
    }

    /** Read on a thread of {@link RotaHealthWork} in a read-only transaction of its own, or on the caller's in its. */
    private Records records(UUID homeId, Period around) {
        readOnly();
        Map<UUID, List<WorkPeriod>> periods = workingTime.periodsByStaff(List.of(homeId), around.from(), around.to());
        Map<UUID, List<Leave>> leaves = workingTime.leavesByStaff(List.of(homeId), around.from(), around.to());
        return new Records(periods, leaves, workingTime.restGivenInHomes(List.of(homeId)));
    }

    /**
     * Whom compliance is asked about: everyone on a shift scored, and, when a shift scored is open,
     * every active member of staff (who could be suggested for it); with their role (none for a
     * visitor from another home).
     */
    private static List<ComplianceClient.Person> toAsk(List<RotaSnapshot.ShiftRow> live, UUID unitId,
            Map<UUID, Staff> homeStaff) {
        List<RotaSnapshot.ShiftRow> scored = live.stream()
                .filter(shift -> unitId == null || shift.unitId().equals(unitId)).toList();
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        scored.stream().map(RotaSnapshot.ShiftRow::staffId).filter(Objects::nonNull).forEach(ids::add);
        if (scored.stream().anyMatch(RotaSnapshot.ShiftRow::open)) {
            homeStaff.values().stream().filter(Staff::active).map(Staff::id).forEach(ids::add);
        }
        return ids.stream().map(id -> new ComplianceClient.Person(id,
                homeStaff.containsKey(id) ? homeStaff.get(id).roleCode() : null)).toList();
    }

    private static RotaSnapshot.Person person(Staff member, boolean ofHome) {
        return new RotaSnapshot.Person(member.id(), member.staffNumber(), member.firstName(), member.lastName(),
                member.roleCode(), member.active(), ofHome, member.hourlyRate(), WorkingTimeService.worker(member));
    }

    private static RotaSnapshot.UnitFloor floor(Unit unit) {
        Unit.Staffing staffing = unit.staffing();
        return new RotaSnapshot.UnitFloor(unit.id(), unit.name(), unit.active(), staffing.minDay(), staffing.minNight(),
                staffing.minWeekend(), staffing.idealDay(), staffing.idealNight());
    }
}
