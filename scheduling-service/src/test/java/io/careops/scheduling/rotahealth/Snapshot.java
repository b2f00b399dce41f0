package io.careops.scheduling.rotahealth;

import io.careops.scheduling.absence.domain.AbsenceType;
import io.careops.scheduling.rotahealth.domain.Days;
import io.careops.scheduling.rotahealth.domain.RotaSnapshot;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.workingtime.domain.Leave;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.Worker;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Hand-made rota snapshots for the scorers' unit tests: a home with monthly budgets of 3,100
 * (100 a day in March, so a week's budget is 700.00), units, people and shifts added one by one.
 * Shifts are 12 hours by default with a 30-minute unpaid break on the working-time record; their
 * paid minutes are given (600 = 10 h unless said), and they were planned a month ahead.
 */
final class Snapshot {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Monday 2 March 2026 (GMT): the week Monday 2 to Sunday 8 March. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final Days WEEK = new Days(MONDAY, MONDAY.plusDays(6));
    static final Set<String> SUPERVISORY = Set.of("SSCW", "SSCWN", "MGR");

    private final UUID home = UUID.randomUUID();
    private BigDecimal overtimeBudget = new BigDecimal("3100.00");
    private BigDecimal agencyBudget = new BigDecimal("3100.00");
    private UUID unitId;
    private LocalDate from = MONDAY;
    private LocalDate to = MONDAY.plusDays(6);
    private final List<RotaSnapshot.UnitFloor> units = new ArrayList<>();
    private final List<RotaSnapshot.ShiftRow> shifts = new ArrayList<>();
    private final Map<UUID, RotaSnapshot.Person> people = new LinkedHashMap<>();
    private final Map<UUID, List<WorkPeriod>> periods = new HashMap<>();
    private final Map<UUID, List<Leave>> leaves = new HashMap<>();
    private final Map<UUID, Set<String>> given = new HashMap<>();
    private boolean specialCase;
    private RotaSnapshot.Certifications certifications = RotaSnapshot.Certifications.NONE;
    private final Map<UUID, List<RotaSnapshot.Lapse>> lapses = new HashMap<>();

    Snapshot days(LocalDate first, LocalDate last) {
        from = first;
        to = last;
        return this;
    }

    Snapshot onlyUnit(UUID unit) {
        unitId = unit;
        return this;
    }

    Snapshot specialCase() {
        specialCase = true;
        return this;
    }

    Snapshot budgets(String overtimeMonthly, String agencyMonthly) {
        overtimeBudget = new BigDecimal(overtimeMonthly);
        agencyBudget = new BigDecimal(agencyMonthly);
        return this;
    }

    /** A unit with minimum day, night and weekend headcounts and ideal day and night ones. */
    UUID unit(String name, int minDay, int minNight, int minWeekend, int idealDay, int idealNight) {
        return unit(name, true, minDay, minNight, minWeekend, idealDay, idealNight);
    }

    UUID unit(String name, boolean active, int minDay, int minNight, int minWeekend, int idealDay, int idealNight) {
        UUID id = UUID.randomUUID();
        units.add(new RotaSnapshot.UnitFloor(id, name, active, minDay, minNight, minWeekend, idealDay, idealNight));
        return id;
    }

    UUID person(String lastName, String role) {
        return person(lastName, role, "12.00", true, true);
    }

    UUID person(String lastName, String role, String hourlyRate, boolean active, boolean ofHome) {
        UUID id = UUID.randomUUID();
        people.put(id, new RotaSnapshot.Person(id, "S" + (100 + people.size()), "Pat", lastName, role, active, ofHome,
                hourlyRate == null ? null : new BigDecimal(hourlyRate),
                new Worker(id, LocalDate.of(1980, 1, 1), null, null, false, LocalDate.of(2020, 1, 1))));
        return id;
    }

    /** A 12-hour shift (paid 10 h) on {@code date} from {@code start}, worked by {@code staff} (null: open). */
    UUID shift(UUID unit, LocalDate date, String start, UUID staff) {
        LocalTime begins = LocalTime.parse(start);
        return shift(unit, date, start, begins.plusHours(12).toString(), staff, row -> row);
    }

    /**
     * A shift from {@code start} to {@code end} (the next day when not after the start); a member of
     * staff's shift is also on their working-time record, with a 30-minute unpaid break.
     */
    UUID shift(UUID unit, LocalDate date, String start, String end, UUID staff, UnaryOperator<RotaSnapshot.ShiftRow> change) {
        ShiftTimes times = ShiftTimes.of(date, LocalTime.parse(start), LocalTime.parse(end), LONDON);
        Instant planned = times.startsAt().minusSeconds(30L * 24 * 3600);
        RotaSnapshot.ShiftRow row = change.apply(new RotaSnapshot.ShiftRow(UUID.randomUUID(), unit, times, staff,
                staff == null, false, false, null, null, 600, planned, planned));
        shifts.add(row);
        if (row.staffId() != null) {
            periods.computeIfAbsent(row.staffId(), id -> new ArrayList<>())
                    .add(new WorkPeriod(row.id(), date, times.startsAt(), times.endsAt(), 30));
        }
        return row.id();
    }

    static UnaryOperator<RotaSnapshot.ShiftRow> overtime() {
        return row -> new RotaSnapshot.ShiftRow(row.id(), row.unitId(), row.times(), row.staffId(), row.open(), false,
                true, null, null, row.paidMinutes(), row.createdAt(), row.updatedAt());
    }

    static UnaryOperator<RotaSnapshot.ShiftRow> agency(UUID company, String hourlyRate) {
        return row -> new RotaSnapshot.ShiftRow(row.id(), row.unitId(), row.times(), null, false, true, false, company,
                new BigDecimal(hourlyRate), row.paidMinutes(), row.createdAt(), row.updatedAt());
    }

    static UnaryOperator<RotaSnapshot.ShiftRow> planned(Instant createdAt, Instant updatedAt) {
        return row -> new RotaSnapshot.ShiftRow(row.id(), row.unitId(), row.times(), row.staffId(), row.open(),
                row.agency(), row.overtime(), row.agencyCompanyId(), row.agencyHourlyRate(), row.paidMinutes(), createdAt,
                updatedAt);
    }

    Snapshot leave(UUID staff, LocalDate firstDay, LocalDate lastDay) {
        leaves.computeIfAbsent(staff, id -> new ArrayList<>()).add(new Leave(AbsenceType.ANNUAL_LEAVE, firstDay, lastDay));
        return this;
    }

    Snapshot restGiven(UUID staff, String key) {
        given.computeIfAbsent(staff, id -> new HashSet<>()).add(key);
        return this;
    }

    Snapshot lapsed(UUID staff, String typeName, boolean critical, String status, LocalDate expiry) {
        lapses.computeIfAbsent(staff, id -> new ArrayList<>())
                .add(new RotaSnapshot.Lapse(typeName.toUpperCase(), typeName, critical, critical, status, expiry));
        certifications = new RotaSnapshot.Certifications(lapses);
        return this;
    }

    Snapshot complianceDown() {
        certifications = RotaSnapshot.Certifications.UNAVAILABLE;
        return this;
    }

    RotaSnapshot build() {
        periods.values().forEach(list -> list.sort(java.util.Comparator.comparing(WorkPeriod::startsAt)));
        List<RotaSnapshot.ShiftRow> sorted = shifts.stream()
                .sorted(java.util.Comparator.comparing(row -> row.times().startsAt())).toList();
        return new RotaSnapshot(new RotaSnapshot.Home(home, overtimeBudget, agencyBudget, new BigDecimal("1.5")), unitId,
                from, to, units, sorted, people, SUPERVISORY,
                new RotaSnapshot.WorkingTime(new Regime(LONDON, 17, specialCase, 14), periods, leaves, given),
                certifications);
    }
}
