package io.careops.scheduling.workingtime.domain;

import static io.careops.platform.persistence.PlainStatements.inspected;
import static io.careops.platform.persistence.PlainStatements.uuidArray;

import io.careops.scheduling.absence.domain.AbsenceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads what the engine needs, and only that: staffed, live shifts as bare periods (as actually
 * worked where recorded) and approved leave, for one person or a whole home at once (two queries however many staff).
 */
@ApplicationScoped
public class WorkingTimeRepository {

    private final EntityManager entityManager;

    public WorkingTimeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Shifts of one person on rota days {@code from} to {@code to}, except {@code leaveOut}, in the
     * order of their planned start: {@link #periodsOfStaff} for one (the session flushed first, as
     * the entity query this was flushed it, so a shift saved in the request is read too).
     */
    public List<WorkPeriod> periods(UUID staffId, LocalDate from, LocalDate to, UUID leaveOut) {
        StaffPeriods read = periodsOfStaff(List.of(staffId), from, to);
        if (read.people() == 0) {
            return List.of();
        }
        List<WorkPeriod> periods = read.periodsOf(0);
        if (leaveOut != null) {
            periods.removeIf(period -> period.shiftId().equals(leaveOut));
        }
        return periods;
    }

    /**
     * Shifts of everyone of the homes, grouped by person: every shift of theirs, in any home of
     * the group (the law limits the worker, not the home), and not the shifts visitors from other
     * homes work here (their own home's figures count those). Each person's shifts in the order of
     * their planned start. {@link #periodsOfHomes} as a map, for callers that keep every
     * person's periods at once (rota health's snapshot of one home).
     */
    public Map<UUID, List<WorkPeriod>> periodsByStaff(Collection<UUID> careHomeIds, LocalDate from, LocalDate to) {
        return periodsOfHomes(careHomeIds, from, to).asMap();
    }

    /**
     * The shifts {@link #periodsByStaff} answers, held as columns ({@link StaffPeriods}) so that
     * a report builds each person's periods only while it judges them.
     *
     * <p>A statement of fixed text on the session's connection ({@link #PERIODS_OF_ONE_HOME} for
     * one home, {@link #PERIODS_OF_HOMES} for several), read as plain values: as an
     * entity query the {@code in} list made Hibernate translate it on every call, and its result
     * processing (a {@code java.sql.Timestamp} and a {@code Calendar} per instant) was a quarter of
     * a home's working-time report in JFR. Days travel as epoch days, instants as they are stored
     * (computing epoch microseconds in SQL cost PostgreSQL more than parsing them here); nothing is
     * sorted in PostgreSQL (a person's 14 or so shifts are sorted here).
     */
    public StaffPeriods periodsOfHomes(Collection<UUID> careHomeIds, LocalDate from, LocalDate to) {
        return read(careHomeIds.size() == 1 ? PERIODS_OF_ONE_HOME : PERIODS_OF_HOMES, careHomeIds, from, to);
    }

    /**
     * The staffed, live shifts of the people {@code staffIds} on rota days {@code from} to
     * {@code to}, each person's in the order of their planned start. The session is flushed
     * first, as Hibernate does before an entity query on the same tables, so that the shifts a
     * request has just saved are read too.
     */
    public StaffPeriods periodsOfStaff(Collection<UUID> staffIds, LocalDate from, LocalDate to) {
        if (staffIds.isEmpty()) {
            return StaffPeriods.builder().build();
        }
        entityManager.unwrap(org.hibernate.Session.class).flush();
        return read(PERIODS_OF_STAFF, staffIds, from, to);
    }

    /** One of the statements below: ids ?1 as a {@code uuid[]}, rota days ?2 to ?3 as epoch days. */
    private StaffPeriods read(String sql, Collection<UUID> ids, LocalDate from, LocalDate to) {
        StaffPeriods.Builder periods = StaffPeriods.builder();
        org.hibernate.Session session = entityManager.unwrap(org.hibernate.Session.class);
        session.doWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(inspected(session, sql))) {
                statement.setArray(1, uuidArray(connection, ids));
                statement.setInt(2, Math.toIntExact(from.toEpochDay()));
                statement.setInt(3, Math.toIntExact(to.toEpochDay()));
                statement.setFetchSize(1000);
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        OffsetDateTime starts = rows.getObject(4, OffsetDateTime.class);
                        OffsetDateTime ends = rows.getObject(5, OffsetDateTime.class);
                        OffsetDateTime planned = rows.getObject(7, OffsetDateTime.class); // null: as worked
                        if (planned == null) {
                            planned = starts;
                        }
                        periods.add(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getInt(3),
                                starts.toEpochSecond(), starts.getNano(), ends.toEpochSecond(), ends.getNano(),
                                rows.getInt(6), planned.toEpochSecond(), planned.getNano());
                    }
                }
            }
        });
        return periods.build();
    }

    /**
     * The columns every periods statement reads: the person, the shift, its rota day (epoch day),
     * its start and end as worked where both ends are recorded (a manager's record or a clock-in
     * and -out), as planned otherwise, its unpaid break, and the planned start where it is not the
     * start as worked.
     */
    private static final String PERIOD_COLUMNS = """
            SELECT s.staff_id, s.id, s.shift_date - DATE '1970-01-01',
                   CASE WHEN s.actual_end IS NOT NULL THEN s.actual_start ELSE s.starts_at END,
                   CASE WHEN s.actual_end IS NOT NULL THEN s.actual_end ELSE s.ends_at END,
                   s.unpaid_break_minutes, CASE WHEN s.actual_end IS NOT NULL THEN s.starts_at END
            """;

    /**
     * Staffed, live shifts of rota days ?2 to ?3 (epoch days) of the staff of the homes ?1 (a
     * {@code uuid[]}), as actually worked where both ends are recorded (a manager's record or
     * a clock-in and -out), as planned otherwise: the law limits the hours worked. The planned
     * start (to order a person's shifts by) only where it is not the start as worked: one
     * {@code timestamptz} fewer to send and parse for almost every row.
     */
    private static final String PERIODS_OF_HOMES = PERIOD_COLUMNS + """
            FROM shift s JOIN staff st ON st.id = s.staff_id
            WHERE st.care_home_id = ANY (?)
              AND s.status <> 'CANCELLED'
              AND s.shift_date BETWEEN DATE '1970-01-01' + ? AND DATE '1970-01-01' + ?
            """;

    /**
     * {@link #PERIODS_OF_HOMES} for one home: its staff's ids first (an init plan), then their
     * shifts through {@code shift_staff_date_idx}, wherever they worked. The same rows; for the
     * largest demo home it reads 7,785 shifts by index instead of all 39,102 and a hash join
     * (EXPLAIN ANALYZE under {@code plan_cache_mode = force_generic_plan}: about half the time,
     * docs/performance.md). For many homes one pass over the shifts stays cheaper: by index, the
     * whole group's 2,688 people took longer than the scan.
     */
    private static final String PERIODS_OF_ONE_HOME = PERIOD_COLUMNS + """
            FROM shift s
            WHERE s.staff_id = ANY (ARRAY(SELECT st.id FROM staff st WHERE st.care_home_id = ANY (?)))
              AND s.status <> 'CANCELLED'
              AND s.shift_date BETWEEN DATE '1970-01-01' + ? AND DATE '1970-01-01' + ?
            """;

    /** The same columns for the people ?1 (a {@code uuid[]}). */
    private static final String PERIODS_OF_STAFF = PERIOD_COLUMNS + """
            FROM shift s
            WHERE s.staff_id = ANY (?)
              AND s.status <> 'CANCELLED'
              AND s.shift_date BETWEEN DATE '1970-01-01' + ? AND DATE '1970-01-01' + ?
            """;

    /** A person of a home as the engine judges them, and their home. */
    public record StaffToJudge(UUID careHomeId, Worker worker) {
    }

    /**
     * Everyone of the homes as the engine needs them (what {@code WorkingTimeService.worker} takes
     * from a {@code Staff}), by id: one statement of fixed text read as plain values. A group's
     * report judges 2,688 people and names some 40; reading all of them as entities was an eighth
     * of it in JFR, so the entities are read only for the people named.
     */
    public Map<UUID, StaffToJudge> staffToJudge(Collection<UUID> careHomeIds) {
        Map<UUID, StaffToJudge> people = new HashMap<>();
        org.hibernate.Session session = entityManager.unwrap(org.hibernate.Session.class);
        session.doWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(inspected(session, STAFF_OF_HOMES))) {
                statement.setArray(1, uuidArray(connection, careHomeIds));
                statement.setFetchSize(1000);
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        people.put(id, new StaffToJudge(rows.getObject(2, UUID.class), new Worker(id,
                                rows.getObject(3, LocalDate.class), rows.getObject(4, LocalDate.class),
                                rows.getObject(5, LocalDate.class), rows.getBoolean(6),
                                rows.getObject(7, LocalDate.class), rows.getBoolean(8))));
                    }
                }
            }
        });
        return people;
    }

    /**
     * The staff of the homes ?1, with what {@link Worker} holds. The homes travel as a
     * {@code uuid[]}: as text split and cast in SQL ({@code string_to_array}), a generic plan
     * (PostgreSQL's choice for the shifts' statement after five runs) parsed the text again for
     * every staff row, some 20-30 ms of PostgreSQL per group report (EXPLAIN ANALYZE of both
     * forms under {@code plan_cache_mode = force_generic_plan}: 34 against 1.2 ms for the staff).
     */
    private static final String STAFF_OF_HOMES = """
            SELECT st.id, st.care_home_id, st.date_of_birth, st.wtr_opt_out_signed_on, st.wtr_opt_out_ended_on,
                   st.night_worker, st.employment_start, st.contracted_after_22
            FROM staff st
            WHERE st.care_home_id = ANY (?)
            """;

    /**
     * Approved leave in the homes overlapping the days, grouped by person. As an entity query it
     * was 7% of a home's working-time report in JFR, on the request's thread, for some 250 rows.
     */
    public Map<UUID, List<Leave>> leavesByStaff(Collection<UUID> careHomeIds, LocalDate from, LocalDate to) {
        return leaves(LEAVES_IN_HOMES, careHomeIds, from, to);
    }

    /**
     * Approved leave of the given people overlapping the days, grouped by person: for one person's
     * check, and for a bulk plan's ({@code WorkingTimeService}), where the entity query with an {@code in}
     * list of a unit's 60 or so people made Hibernate translate it again on every request.
     */
    public Map<UUID, List<Leave>> leavesOfStaff(Collection<UUID> staffIds, LocalDate from, LocalDate to) {
        return leaves(LEAVES_OF_STAFF, staffIds, from, to);
    }

    /**
     * One of the two statements below, of fixed text on the session's connection, read as plain
     * values (the session flushed first, as Hibernate does before an entity query on the same
     * table, so that leave a request has just recorded is read too): ids ?1 as a {@code uuid[]},
     * the days as epoch days.
     */
    private Map<UUID, List<Leave>> leaves(String sql, Collection<UUID> ids, LocalDate from, LocalDate to) {
        Map<UUID, List<Leave>> byStaff = new HashMap<>();
        if (ids.isEmpty()) {
            return byStaff;
        }
        org.hibernate.Session session = entityManager.unwrap(org.hibernate.Session.class);
        session.flush();
        session.doWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(inspected(session, sql))) {
                statement.setArray(1, uuidArray(connection, ids));
                statement.setInt(2, Math.toIntExact(to.toEpochDay()));
                statement.setInt(3, Math.toIntExact(from.toEpochDay()));
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        byStaff.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(new Leave(AbsenceType.valueOf(rows.getString(2)),
                                        LocalDate.ofEpochDay(rows.getInt(3)), LocalDate.ofEpochDay(rows.getInt(4))));
                    }
                }
            }
        });
        return byStaff;
    }

    /** The columns both leave statements read: the person, the type, the first and last day as epoch days. */
    private static final String LEAVE_COLUMNS = """
            SELECT a.staff_id, a.absence_type, a.first_day - DATE '1970-01-01', a.last_day - DATE '1970-01-01'
            FROM absence a
            """;

    /** Approved leave recorded in the homes ?1 (a {@code uuid[]}) overlapping days ?3 to ?2 (epoch days). */
    private static final String LEAVES_IN_HOMES = LEAVE_COLUMNS + """
            WHERE a.care_home_id = ANY (?)
              AND a.state = 'APPROVED'
              AND a.first_day <= DATE '1970-01-01' + ? AND a.last_day >= DATE '1970-01-01' + ?
            """;

    /** Approved leave of the people ?1 (a {@code uuid[]}) overlapping days ?3 to ?2 (epoch days). */
    private static final String LEAVES_OF_STAFF = LEAVE_COLUMNS + """
            WHERE a.staff_id = ANY (?)
              AND a.state = 'APPROVED'
              AND a.first_day <= DATE '1970-01-01' + ? AND a.last_day >= DATE '1970-01-01' + ?
            """;

    public List<CompensatoryRestGiven> restGiven(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from CompensatoryRestGiven g where g.staffId in :staff",
                CompensatoryRestGiven.class).setParameter("staff", staffIds).getResultList();
    }

    /**
     * The shortfalls ({@link CompensatoryRestGiven#shortfallKey}) whose compensatory rest is recorded
     * as given to the staff of the homes, by person: all rota health reads of them. One statement of
     * fixed text on the session's connection, read as plain values (the session flushed first, as
     * for leave): as an entity query with a subquery, Hibernate's handling of it was a tenth of the
     * CPU of the thread reading rota health's working-time records (JFR), with no row to read.
     */
    public Map<UUID, Set<String>> restGivenInHomes(Collection<UUID> careHomeIds) {
        Map<UUID, Set<String>> byStaff = new HashMap<>();
        if (careHomeIds.isEmpty()) {
            return byStaff;
        }
        org.hibernate.Session session = entityManager.unwrap(org.hibernate.Session.class);
        session.flush();
        session.doWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(inspected(session, REST_GIVEN_IN_HOMES))) {
                statement.setArray(1, uuidArray(connection, careHomeIds));
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        byStaff.computeIfAbsent(rows.getObject(1, UUID.class), id -> new HashSet<>()).add(rows.getString(2));
                    }
                }
            }
        });
        return byStaff;
    }

    /** The person and shortfall of the compensatory rest given to the staff of the homes ?1 (a {@code uuid[]}). */
    private static final String REST_GIVEN_IN_HOMES = """
            SELECT g.staff_id, g.shortfall_key
            FROM compensatory_rest_given g
            WHERE g.staff_id IN (SELECT st.id FROM staff st WHERE st.care_home_id = ANY (?))
            """;

    public void persist(Object entity) {
        entityManager.persist(entity);
    }

    public List<WorkingTimeOverride> overrides(UUID shiftId) {
        return entityManager.createQuery("from WorkingTimeOverride o where o.shiftId = :shift order by o.createdAt",
                WorkingTimeOverride.class).setParameter("shift", shiftId).getResultList();
    }
}
