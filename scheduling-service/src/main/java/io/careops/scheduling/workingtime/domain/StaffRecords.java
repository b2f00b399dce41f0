package io.careops.scheduling.workingtime.domain;

import static io.careops.platform.persistence.PlainStatements.inspected;
import static io.careops.platform.persistence.PlainStatements.uuidArray;

import io.careops.scheduling.absence.domain.AbsenceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The working-time check's read for a bulk plan: the named people's staffed, live shifts and
 * approved leave, each in one statement of fixed text on the session's connection, read as plain
 * values, the people as one {@code uuid[]} parameter. The shifts are
 * {@link WorkingTimeRepository#periodsOfStaff} (the same read as a report's and one person's); the
 * leave is the rows of {@link WorkingTimeRepository#leavesOfStaff}, whose entity query for many cost
 * more than the database did: an {@code in} list of a unit's 60 or so people made Hibernate
 * translate the query again on every request (a JFR profile of a demo load put the entity reads
 * at a large part of bulk planning).
 *
 * <p>Each flushes the session first, as Hibernate does before an entity query on the same tables,
 * so that the shifts a request has just saved are read too.
 */
@ApplicationScoped
public class StaffRecords {

    private final EntityManager entityManager;
    private final WorkingTimeRepository shifts;

    public StaffRecords(EntityManager entityManager, WorkingTimeRepository shifts) {
        this.entityManager = entityManager;
        this.shifts = shifts;
    }

    /** Approved leave of the people ?1 overlapping days ?2 to ?3 (epoch days). */
    private static final String LEAVES = """
            SELECT a.staff_id, a.absence_type, a.first_day - DATE '1970-01-01', a.last_day - DATE '1970-01-01'
            FROM absence a
            WHERE a.staff_id = ANY (?)
              AND a.state = 'APPROVED'
              AND a.first_day <= DATE '1970-01-01' + ? AND a.last_day >= DATE '1970-01-01' + ?
            """;

    /**
     * Each person's shifts on rota days {@code from} to {@code to}, in the order of their planned
     * start: {@link WorkingTimeRepository#periodsOfStaff}, the one read of shifts as the engine
     * judges them.
     */
    public Map<UUID, List<WorkPeriod>> periods(Collection<UUID> staffIds, LocalDate from, LocalDate to) {
        return shifts.periodsOfStaff(staffIds, from, to).asMap();
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
                statement.setArray(1, uuidArray(connection, staffIds));
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
}
