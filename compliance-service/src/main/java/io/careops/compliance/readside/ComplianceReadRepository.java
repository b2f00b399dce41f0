package io.careops.compliance.readside;

import io.careops.compliance.certification.domain.CertificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGStatement;

/**
 * Compliance's read side: every query the dashboard, the training matrix and return, and the
 * batch staff status run, in one place and each a single statement: SQL, since whether a
 * certification is in force on a day is decided in the query ({@link #inForceOn}), read with plain
 * JDBC on the session's connection where the rows are many. The services build their answers from
 * what these return ({@link ComplianceMatrix}, {@link StatusJudge}) and hold no SQL of their own.
 */
@ApplicationScoped
public class ComplianceReadRepository {

    /**
     * Whether certification {@code c} is in force on the day (docs/domain.md section 4): issued on or
     * before it, and not yet replaced by its renewal, which takes over from its own issue date. A
     * renewal therefore never covers the days before it was issued (a PVG lapsed on 1 March and
     * renewed on 10 March leaves 2-9 March EXPIRED), and the certificate it renewed still speaks
     * for those days. Java's {@link Held#inForceOn} says the same.
     */
    static String inForceOn(String day) {
        return """
                c.issue_date <= %1$s AND (c.superseded_by IS NULL OR NOT EXISTS (
                    SELECT 1 FROM staff_certification renewal WHERE renewal.id = c.superseded_by AND renewal.issue_date <= %1$s))"""
                .formatted(day);
    }

    /**
     * Every certification of the home in force on {@code :asOf}, with the facts its status on the
     * day follows from; {@link ComplianceMatrix} picks each person's best per type.
     */
    private static final String IN_FORCE_IN_HOME = """
            SELECT c.id, c.staff_id, %s, c.certification_type,
                   c.issue_date - DATE '1970-01-01', c.expiry_date - DATE '1970-01-01', COALESCE(c.alert_window_days, 30),
                   c.awaiting_evidence, c.rejected_at IS NOT NULL,
                   CASE WHEN c.superseded_by IS NOT NULL THEN (SELECT renewal.issue_date - DATE '1970-01-01'
                       FROM staff_certification renewal WHERE renewal.id = c.superseded_by) END
            FROM staff_certification c
            WHERE c.care_home_id = ? AND\s""" + inForceOn("CAST(? AS date)");

    /**
     * The certifications of the people asked about (each once, by their position in the list sent,
     * from 1) that can be in force on a day asked: issued by the last of them, for a large batch
     * (more than {@link #FEW_PEOPLE}). One hash join of the ids to the table: a
     * {@code staff_id = ANY(...)} of thousands of ids costs more to plan than to run. The renewal's
     * issue date is looked up only for a certification that was renewed. {@link StatusJudge}
     * decides the rest (the certifications' ids are not read: it needs none).
     */
    private static final String HELD_BY = """
            SELECT asked.n, c.certification_type, c.issue_date - DATE '1970-01-01', c.expiry_date - DATE '1970-01-01',
                   COALESCE(c.alert_window_days, 30), c.awaiting_evidence, c.rejected_at IS NOT NULL,
                   CASE WHEN c.superseded_by IS NOT NULL THEN (SELECT renewal.issue_date - DATE '1970-01-01'
                       FROM staff_certification renewal WHERE renewal.id = c.superseded_by) END
            FROM unnest(CAST(string_to_array(?, ',') AS uuid[])) WITH ORDINALITY AS asked(staff_id, n)
            JOIN staff_certification c ON c.staff_id = asked.staff_id
            WHERE c.issue_date <= ?""";

    /**
     * {@link #HELD_BY} for a batch of at most {@link #FEW_PEOPLE} people (a home's staff, asked by
     * rota health or the open-shift offers), by the person's id instead of their position: the
     * table read once, each row's person looked up in the ids sent (PostgreSQL hashes them), which
     * costs PostgreSQL less than building a hash of the whole group's certifications to join them
     * to. 576 people of the demo group's 2,688: planning 1.1-1.3 ms and execution 1.3-2.1 against
     * 0.6-1.1 and 3.5-8.6 (psql, EXPLAIN ANALYZE, warm); through the service, PostgreSQL's CPU a call
     * 7.6-7.7 ms against 13.9-16.3 (docs/performance.md, session 13). Planning grows with the ids
     * (4.8 ms for everyone), hence the limit.
     */
    private static final String HELD_BY_FEW = """
            SELECT c.staff_id, c.certification_type, c.issue_date - DATE '1970-01-01', c.expiry_date - DATE '1970-01-01',
                   COALESCE(c.alert_window_days, 30), c.awaiting_evidence, c.rejected_at IS NOT NULL,
                   CASE WHEN c.superseded_by IS NOT NULL THEN (SELECT renewal.issue_date - DATE '1970-01-01'
                       FROM staff_certification renewal WHERE renewal.id = c.superseded_by) END
            FROM staff_certification c
            WHERE c.staff_id = ANY (CAST(string_to_array(?, ',') AS uuid[])) AND c.issue_date <= ?""";

    /** The most people asked about that {@link #HELD_BY_FEW} reads the certifications of. */
    static final int FEW_PEOPLE = 1000;

    /** The active certification types: what {@link StatusJudge} needs of them. */
    private static final String ACTIVE_TYPES =
            "SELECT code, name, critical, mandatory_roles FROM certification_type WHERE active";

    private final EntityManager entityManager;

    public ComplianceReadRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A certification of a person in a home, with what its status on a day follows from:
     * {@code renewedOn} is the issue date of the renewal that replaced it (null while it is current).
     */
    public record Held(UUID certificationId, UUID staffId, String staffNumber, String staffName, String roleCode,
            String typeCode, LocalDate issueDate, LocalDate expiryDate, int alertWindowDays, boolean awaitingEvidence,
            boolean rejected, LocalDate renewedOn) {

        /** Issued on or before the day and not yet replaced by its renewal on it (see {@code inForceOn} in SQL). */
        public boolean inForceOn(LocalDate day) {
            return !issueDate.isAfter(day) && (renewedOn == null || renewedOn.isAfter(day));
        }

        public CertificationStatus statusOn(LocalDate day) {
            return CertificationStatus.on(day, expiryDate, alertWindowDays, awaitingEvidence, rejected);
        }
    }

    /**
     * Every certification of the home in force on {@code asOf} (several per person and type can be).
     * Plain JDBC on the session's connection, for the reason given at {@link #read}; the names and
     * roles certifications record are read only when {@code withNames} (the matrix needs them only
     * when the staff directory did not answer).
     */
    public List<Held> heldInHome(UUID careHomeId, LocalDate asOf, boolean withNames) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    IN_FORCE_IN_HOME.formatted(withNames ? "c.staff_number, c.staff_name, c.staff_role" : "NULL, NULL, NULL"))) {
                statement.setObject(1, careHomeId);
                statement.setObject(2, asOf);
                statement.setObject(3, asOf);
                List<Held> held = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        held.add(new Held(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), day(rows, 7), day(rows, 8),
                                rows.getInt(9), rows.getBoolean(10), rows.getBoolean(11), day(rows, 12)));
                    }
                }
                return held;
            }
        });
    }

    /** A date column read as days since 1970-01-01 ({@code date - DATE '1970-01-01'}); null stays null. */
    private static LocalDate day(ResultSet rows, int column) throws SQLException {
        int days = rows.getInt(column);
        return rows.wasNull() ? null : LocalDate.ofEpochDay(days);
    }

    /** A certification type that is mandatory or critical for a person and not valid on a day. */
    public record NotValid(String typeCode, String typeName, boolean critical, boolean mandatory, String status,
            LocalDate expiryDate) {
    }

    /** A person (with the role scheduling gives them, null: none) to check on a day. */
    public record Ask(UUID staffId, String roleCode, LocalDate day) {
    }

    /**
     * For each ask (a person on a day; a person may be asked on many days), in the order given, the
     * critical or mandatory types not valid on that day ({@link StatusJudge}: each day judged on the
     * certification in force on it, the best of several by {@link ComplianceMatrix#bestFirst}, the
     * rules the training matrix applies), counting only certifications in {@code visibleHomes} when
     * given. One statement reads the people's certifications ({@link #HELD_BY} or, for a batch of
     * few people, {@link #HELD_BY_FEW}) whatever the number of asks, one the active types
     * ({@link #ACTIVE_TYPES}).
     */
    public List<List<NotValid>> notValidOn(List<Ask> asks, Optional<Set<UUID>> visibleHomes) {
        if (asks.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> personOf = new HashMap<>(asks.size() * 2);
        int[] askPerson = new int[asks.size()];
        StringBuilder ids = new StringBuilder(asks.size() * 37);
        LocalDate lastDay = asks.get(0).day();
        for (int a = 0; a < asks.size(); a++) {
            Ask ask = asks.get(a);
            Integer known = personOf.get(ask.staffId());
            if (known == null) {
                known = personOf.size();
                personOf.put(ask.staffId(), known);
                ids.append(known == 0 ? "" : ",").append(ask.staffId());
            }
            askPerson[a] = known;
            lastDay = ask.day().isAfter(lastDay) ? ask.day() : lastDay;
        }
        LocalDate last = lastDay;
        StatusJudge judge = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            StatusJudge judging = new StatusJudge(activeTypes(connection), personOf.size());
            read(connection, ids.toString(), personOf, last, visibleHomes, judging);
            return judging;
        });
        List<List<NotValid>> answer = new ArrayList<>(asks.size());
        for (int a = 0; a < asks.size(); a++) {
            Ask ask = asks.get(a);
            answer.add(judge.notValid(askPerson[a], ask.roleCode(), ask.day()));
        }
        return answer;
    }

    /**
     * Plain JDBC on the session's connection: as a native query, Hibernate's generic row reading (an
     * Object[] and a boxed value per column) was a fifth of the request's CPU. The statement is never
     * prepared on the server (prepare threshold 0), so PostgreSQL plans it for the ids actually sent:
     * a prepared one soon ran the generic plan, which expects ten ids and loops over the index once
     * per person (2,688 times for everyone) instead of one hash join, about three times the time.
     */
    private static void read(Connection connection, String ids, Map<UUID, Integer> personOf, LocalDate lastDay,
            Optional<Set<UUID>> visibleHomes, StatusJudge judge) throws SQLException {
        boolean few = personOf.size() <= FEW_PEOPLE;
        String sql = few ? HELD_BY_FEW : HELD_BY;
        try (PreparedStatement statement = connection.prepareStatement(
                visibleHomes.isPresent() ? sql + " AND c.care_home_id = ANY (?)" : sql)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            statement.setString(1, ids);
            statement.setObject(2, lastDay);
            if (visibleHomes.isPresent()) {
                statement.setArray(3, connection.createArrayOf("uuid", visibleHomes.get().toArray(UUID[]::new)));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int expiry = rows.getInt(4);
                    expiry = rows.wasNull() ? StatusJudge.NEVER : expiry;
                    int renewed = rows.getInt(8);
                    renewed = rows.wasNull() ? StatusJudge.NEVER : renewed;
                    int person = few ? personOf.get(rows.getObject(1, UUID.class)) : rows.getInt(1) - 1;
                    judge.add(person, judge.typeIndex(rows.getString(2)), rows.getInt(3), expiry, rows.getInt(5),
                            rows.getBoolean(6), rows.getBoolean(7), renewed);
                }
            }
        }
    }

    /**
     * The active types, as the judge needs them, on the same connection: read as entities they were
     * a tenth of the batch staff status's CPU (the query, then the flush at commit checking them for
     * changes; issue 15, JFR).
     */
    private static List<StatusJudge.Type> activeTypes(Connection connection) throws SQLException {
        List<StatusJudge.Type> types = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ACTIVE_TYPES);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                java.sql.Array roles = rows.getArray(4);
                types.add(new StatusJudge.Type(rows.getString(1), rows.getString(2), rows.getBoolean(3),
                        roles == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) roles.getArray()))));
            }
        }
        return types;
    }

    /** The staff numbers certifications record for these people (a person without any is absent). */
    public Map<UUID, String> staffNumbersOf(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createQuery(
                "select distinct c.staffId, c.staffNumber from StaffCertification c where c.staffId in :ids")
                .setParameter("ids", staffIds).getResultList();
        Map<UUID, String> numbers = new HashMap<>();
        rows.forEach(row -> numbers.put((UUID) row[0], (String) row[1]));
        return numbers;
    }

    /**
     * A date read as days since 1970-01-01 ({@code date - DATE '1970-01-01'}): the driver's
     * {@code java.sql.Date} goes through a Calendar and a time zone for each value, which was a
     * tenth of the batch staff status's time (issue 15, JFR).
     */
    private static LocalDate epochDay(Object value) {
        return value == null ? null : LocalDate.ofEpochDay(((Number) value).longValue());
    }
}
