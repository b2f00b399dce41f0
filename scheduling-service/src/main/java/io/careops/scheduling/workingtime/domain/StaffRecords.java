package io.careops.scheduling.workingtime.domain;

import static io.careops.platform.persistence.PlainStatements.inspected;
import static io.careops.platform.persistence.PlainStatements.instant;

import io.careops.scheduling.absence.domain.AbsenceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The working-time check's read for a bulk plan: the named people's staffed, live shifts and
 * approved leave, each in one statement of fixed text on the session's connection, read as plain
 * values. The same rows as the entity queries of {@link WorkingTimeRepository} (its {@code periods}
 * and {@link WorkingTimeRepository#leavesOfStaff}) read for one person, which for many cost more than the database
 * did: an {@code in} list of a unit's 60 or so people made Hibernate translate the query again on
 * every request, and each instant came back through a {@code java.sql.Timestamp} and a
 * {@code Calendar} (a JFR profile of a demo load put that read at a large part of bulk planning).
 *
 * <p>Each flushes the session first, as Hibernate does before an entity query on the same tables,
 * so that the shifts a request has just saved are read too.
 */
@ApplicationScoped
public class StaffRecords {

    private final EntityManager entityManager;

    public StaffRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Staffed, live shifts of the people on rota days ?2 to ?3 (epoch days), people ?1 (ids joined
     * with commas), as actually worked where both ends are recorded, as planned otherwise.
     */
    private static final String PERIODS = """
            SELECT s.staff_id, s.id, s.shift_date - DATE '1970-01-01',
                   CASE WHEN s.actual_end IS NOT NULL THEN s.actual_start ELSE s.starts_at END,
                   CASE WHEN s.actual_end IS NOT NULL THEN s.actual_end ELSE s.ends_at END,
                   s.unpaid_break_minutes, s.starts_at
            FROM shift s
            WHERE s.staff_id = ANY (CAST(string_to_array(?, ',') AS uuid[]))
              AND s.status <> 'CANCELLED'
              AND s.shift_date BETWEEN DATE '1970-01-01' + ? AND DATE '1970-01-01' + ?
            """;

    /** Approved leave of the people ?1 overlapping days ?2 to ?3 (epoch days). */
    private static final String LEAVES = """
            SELECT a.staff_id, a.absence_type, a.first_day - DATE '1970-01-01', a.last_day - DATE '1970-01-01'
            FROM absence a
            WHERE a.staff_id = ANY (CAST(string_to_array(?, ',') AS uuid[]))
              AND a.state = 'APPROVED'
              AND a.first_day <= DATE '1970-01-01' + ? AND a.last_day >= DATE '1970-01-01' + ?
            """;

    /** Each person's shifts on rota days {@code from} to {@code to}, in the order of their planned start. */
    public Map<UUID, List<WorkPeriod>> periods(Collection<UUID> staffIds, LocalDate from, LocalDate to) {
        Map<UUID, List<Row>> byStaff = new HashMap<>();
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(inspected(session, PERIODS))) {
                statement.setString(1, joined(staffIds));
                statement.setInt(2, Math.toIntExact(from.toEpochDay()));
                statement.setInt(3, Math.toIntExact(to.toEpochDay()));
                statement.setFetchSize(1000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        WorkPeriod period = new WorkPeriod(rows.getObject(2, UUID.class),
                                LocalDate.ofEpochDay(rows.getInt(3)), instant(rows, 4), instant(rows, 5), rows.getInt(6));
                        byStaff.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(new Row(instant(rows, 7), period));
                    }
                }
            }
        });
        Map<UUID, List<WorkPeriod>> periods = new HashMap<>(byStaff.size() * 2);
        byStaff.forEach((staffId, rows) -> {
            rows.sort(Comparator.comparing(Row::plannedStart));
            List<WorkPeriod> theirs = new ArrayList<>(rows.size());
            rows.forEach(row -> theirs.add(row.period()));
            periods.put(staffId, theirs);
        });
        return periods;
    }

    /** Each person's approved leave overlapping days {@code from} to {@code to}. */
    public Map<UUID, List<Leave>> leaves(Collection<UUID> staffIds, LocalDate from, LocalDate to) {
        Map<UUID, List<Leave>> byStaff = new HashMap<>();
        if (staffIds.isEmpty()) {
            return byStaff;
        }
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(inspected(session, LEAVES))) {
                statement.setString(1, joined(staffIds));
                statement.setInt(2, Math.toIntExact(to.toEpochDay()));
                statement.setInt(3, Math.toIntExact(from.toEpochDay()));
                try (ResultSet rows = statement.executeQuery()) {
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

    private static String joined(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    /** A period read, with its planned start to order a person's periods by. */
    private record Row(Instant plannedStart, WorkPeriod period) {
    }
}
