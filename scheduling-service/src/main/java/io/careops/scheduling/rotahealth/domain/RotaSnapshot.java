package io.careops.scheduling.rotahealth.domain;

import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.workingtime.domain.Leave;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.WorkRecord;
import io.careops.scheduling.workingtime.domain.Worker;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the nine rota-health components read about one home over a run of days, read once
 * (a fixed number of queries, whatever the weeks and staff) and never changed: the home's
 * budgets, its units and their floors, its live shifts of the days, its staff (and visitors from
 * other homes working its shifts), the supervisory roles, everyone's working-time record around
 * the days (shifts, approved leave, compensatory rest recorded as given) and compliance's answer
 * about certifications. Plain values: no JPA, no CDI, so each scorer is tested on a hand-made
 * snapshot. A history is one snapshot covering all its weeks, each week scored from it.
 *
 * @param unitId           the unit scored, or null for the whole home
 * @param from             the first day loaded
 * @param to               the last day loaded
 * @param units            all units of the home, active or not, in the order read
 * @param shifts           the home's shifts of the days that are not cancelled, by start
 * @param people           the home's staff and the visitors on its shifts, by id
 * @param supervisoryRoles role codes counted as senior or manager
 * @param workingTime      the staff's records around the days, for the working-time rules
 * @param certifications   what compliance said was not valid, or {@link Certifications#UNAVAILABLE}
 */
public record RotaSnapshot(Home home, UUID unitId, LocalDate from, LocalDate to, List<UnitFloor> units,
        List<ShiftRow> shifts, Map<UUID, Person> people, Set<String> supervisoryRoles, WorkingTime workingTime,
        Certifications certifications) {

    public RotaSnapshot {
        units = List.copyOf(units);
        shifts = List.copyOf(shifts);
        people = frozen(people);
        supervisoryRoles = Set.copyOf(supervisoryRoles);
    }

    /**
     * An unmodifiable copy backed by a HashMap: looked up once per person and shift, and
     * {@code Map.copyOf}'s probing showed in the profile.
     */
    static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(map));
    }

    /** The same snapshot with compliance's answer (asked after the database was read). */
    public RotaSnapshot withCertifications(Certifications answer) {
        return new RotaSnapshot(home, unitId, from, to, units, shifts, people, supervisoryRoles, workingTime, answer);
    }

    /** The home: its monthly budgets, and the pay multiplier of an overtime hour. */
    public record Home(UUID id, BigDecimal overtimeBudgetMonthly, BigDecimal agencyBudgetMonthly,
            BigDecimal overtimeMultiplier) {
    }

    /** A unit and the headcount it must have (minimum) and should have (ideal) per period. */
    public record UnitFloor(UUID id, String name, boolean active, int minDay, int minNight, int minWeekend,
            int idealDay, int idealNight) {
    }

    /**
     * A live shift: who is on it (staff, or an agency, or no one: open), its pay figures and when
     * it was created and last changed.
     *
     * @param paidMinutes paid minutes as worked (actual hours where recorded, less the unpaid break)
     */
    public record ShiftRow(UUID id, UUID unitId, ShiftTimes times, UUID staffId, boolean open, boolean agency,
            boolean overtime, UUID agencyCompanyId, BigDecimal agencyHourlyRate, long paidMinutes, Instant createdAt,
            Instant updatedAt) {

        public LocalDate date() {
            return times.date();
        }
    }

    /**
     * A person: of the home ({@code ofHome}), or a visitor from another home on one of its
     * shifts (counted in the overtime figures only, as the overtime report does).
     */
    public record Person(UUID id, String staffNumber, String firstName, String lastName, String roleCode,
            boolean active, boolean ofHome, BigDecimal hourlyRate, Worker worker) {

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /**
     * The home's staff's shifts and approved leave from a reference period (and a week) before
     * the first day loaded to one after the last, and the compensatory rest recorded as given
     * (the keys of the shortfalls it settles), by person.
     */
    public record WorkingTime(Regime regime, Map<UUID, List<WorkPeriod>> periods, Map<UUID, List<Leave>> leaves,
            Map<UUID, Set<String>> restGiven) {

        public WorkingTime {
            periods = frozen(periods);
            leaves = frozen(leaves);
            restGiven = frozen(restGiven);
        }

        /** The first day read for judging days from {@code from}: a reference period and a week before. */
        public LocalDate loadFrom(LocalDate from) {
            return WorkingTimeEngine.reportFirstDay(regime, from);
        }

        /** The last day read for judging days up to {@code to}: a reference period after. */
        public LocalDate loadTo(LocalDate to) {
            return WorkingTimeEngine.reportLastDay(regime, to);
        }

        /**
         * The person's record as it is read for the days {@code days} alone: the shifts on rota
         * days, and the leave overlapping, from {@link #loadFrom} to {@link #loadTo}. A history's
         * snapshot covers all its weeks; each week is judged on exactly this record, so its answer
         * is the one a snapshot of that week alone gives.
         */
        public WorkRecord recordOf(UUID staffId, Days days) {
            LocalDate first = loadFrom(days.from());
            LocalDate last = loadTo(days.to());
            List<WorkPeriod> theirs = new ArrayList<>();
            for (WorkPeriod period : periods.getOrDefault(staffId, List.of())) {
                if (!period.rotaDate().isBefore(first) && !period.rotaDate().isAfter(last)) {
                    theirs.add(period);
                }
            }
            List<Leave> away = new ArrayList<>();
            for (Leave leave : leaves.getOrDefault(staffId, List.of())) {
                if (!leave.firstDay().isAfter(last) && !leave.lastDay().isBefore(first)) {
                    away.add(leave);
                }
            }
            return new WorkRecord(theirs, away, first, last);
        }
    }

    /**
     * What compliance said, on the last day loaded, about the people asked: each person's critical
     * or mandatory certifications not valid that day. {@code notValid} is null when compliance did
     * not answer (then the certifications component cannot be computed).
     */
    public record Certifications(Map<UUID, List<Lapse>> notValid) {

        public static final Certifications UNAVAILABLE = new Certifications(null);
        public static final Certifications NONE = new Certifications(Map.of());

        public Certifications {
            notValid = notValid == null ? null : frozen(notValid);
        }

        public boolean available() {
            return notValid != null;
        }

        public List<Lapse> of(UUID staffId) {
            return notValid == null ? List.of() : notValid.getOrDefault(staffId, List.of());
        }
    }

    /** A certification not valid: its type, status (EXPIRED, MISSING, PENDING...) and expiry, if any. */
    public record Lapse(String typeCode, String typeName, boolean critical, boolean mandatory, String status,
            LocalDate expiryDate) {
    }

    /** The units scored: the active ones, or the one asked for. */
    public List<UnitFloor> unitsInScope() {
        return units.stream().filter(UnitFloor::active).filter(unit -> unitId == null || unit.id().equals(unitId))
                .toList();
    }

    /** All the home's live shifts on the days, by start (the overtime and agency figures read these). */
    public List<ShiftRow> homeShifts(Days days) {
        return shifts.stream().filter(shift -> days.contains(shift.date())).toList();
    }

    /** The live shifts on the days of the unit scored (or the whole home), by start. */
    public List<ShiftRow> shiftsInScope(Days days) {
        return shifts.stream().filter(shift -> days.contains(shift.date()))
                .filter(shift -> unitId == null || shift.unitId().equals(unitId)).toList();
    }

    /** A member of the home's staff, or null (a visitor, or no one). */
    public Person member(UUID staffId) {
        Person person = staffId == null ? null : people.get(staffId);
        return person != null && person.ofHome() ? person : null;
    }

    /** The home's staff (not visitors). */
    public List<Person> staff() {
        return people.values().stream().filter(Person::ofHome).toList();
    }
}
