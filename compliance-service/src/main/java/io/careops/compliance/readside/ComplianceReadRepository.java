package io.careops.compliance.readside;

import io.careops.compliance.certification.domain.CertificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Compliance's read side: every query the dashboard, the training matrix and return, and the
 * batch staff status run, in one place and each a single statement (native SQL, since the status
 * of a certification on a day is computed in the query, {@link CertificationStatus#SQL}). The
 * services build their answers from what these return and hold no SQL of their own.
 */
@ApplicationScoped
public class ComplianceReadRepository {

    /**
     * Of a person's certifications of one type in force on the day, the one that best covers it. An
     * expired one outranks one awaiting evidence or rejected: evidence nobody has verified (which
     * staff can now submit themselves) must not hide a lapse from the rota, which refuses shifts
     * on an EXPIRED mandatory certification. {@code ComplianceMatrix.bestFirst} ranks the same way in Java.
     */
    static String bestFirst(String day) {
        return """
                (CASE %s WHEN 'VALID' THEN 0 WHEN 'EXPIRING_SOON' THEN 0 WHEN 'EXPIRED' THEN 1 WHEN 'PENDING' THEN 2 ELSE 3 END),
                c.expiry_date DESC NULLS FIRST, c.issue_date DESC, c.id""".formatted(CertificationStatus.sqlOn(day));
    }

    public static final String BEST_FIRST = bestFirst("CAST(:asOf AS date)");

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
            SELECT c.id, c.staff_id, c.staff_number, c.staff_name, c.staff_role, c.certification_type, c.issue_date,
                   c.expiry_date, COALESCE(c.alert_window_days, 30), c.awaiting_evidence, c.rejected_at IS NOT NULL,
                   (SELECT renewal.issue_date FROM staff_certification renewal WHERE renewal.id = c.superseded_by)
            FROM staff_certification c
            WHERE c.care_home_id = :home AND %s""".formatted(inForceOn("CAST(:asOf AS date)"));

    /**
     * One row per person and day asked ({@code ord}, from 1), so one statement answers a batch of
     * people each on days of their own: the mandatory or critical types not valid on that day, from
     * the best certification in force on it.
     */
    private static final String NOT_VALID = """
            WITH req AS (
                SELECT r.staff_id, NULLIF(r.role_code, '') AS role_code, CAST(r.day AS date) AS day, r.ord
                FROM unnest(CAST(string_to_array(:ids, ',') AS uuid[]), string_to_array(:roles, ','),
                            string_to_array(:days, ','))
                     WITH ORDINALITY AS r(staff_id, role_code, day, ord)),
            best AS (
                SELECT DISTINCT ON (req.ord, c.certification_type)
                       req.ord, c.certification_type, %s AS status, c.expiry_date
                FROM req JOIN staff_certification c ON c.staff_id = req.staff_id
                WHERE %s %s
                ORDER BY req.ord, c.certification_type, %s)
            SELECT req.ord, t.code, t.name, t.critical, COALESCE(req.role_code = ANY (t.mandatory_roles), false),
                   COALESCE(best.status, 'MISSING'), best.expiry_date
            FROM req
            JOIN certification_type t ON t.active
            LEFT JOIN best ON best.ord = req.ord AND best.certification_type = t.code
            WHERE (req.role_code = ANY (t.mandatory_roles) OR (t.critical AND best.status IS NOT NULL))
              AND COALESCE(best.status, 'MISSING') NOT IN ('VALID', 'EXPIRING_SOON')
            ORDER BY req.ord, t.critical DESC, t.code""";

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

    /** Every certification of the home in force on {@code asOf} (several per person and type can be). */
    public List<Held> heldInHome(UUID careHomeId, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(IN_FORCE_IN_HOME).setParameter("home", careHomeId)
                .setParameter("asOf", asOf).getResultList();
        return rows.stream().map(row -> new Held((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], date(row[6]), date(row[7]), ((Number) row[8]).intValue(),
                (Boolean) row[9], (Boolean) row[10], date(row[11]))).toList();
    }

    /** Certifications of the home in force on {@code asOf} (the matrix's rule), by status that day; every status present, 0 when none. */
    public Map<String, Long> countsByStatus(UUID careHomeId, LocalDate asOf) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CertificationStatus status : CertificationStatus.values()) {
            counts.put(status.name(), 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + CertificationStatus.SQL
                + " AS status, count(*) FROM staff_certification c WHERE c.care_home_id = :home AND "
                + inForceOn("CAST(:asOf AS date)") + " GROUP BY 1").setParameter("home", careHomeId).setParameter("asOf", asOf).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * Certifications in force on {@code asOf} (the matrix's rule), not expired then and not awaiting
     * evidence, expiring within 30, 60, 90 days.
     */
    public Map<String, Long> expiringWithin30To90Days(UUID careHomeId, LocalDate asOf) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*) FILTER (WHERE c.expiry_date <= :d30), count(*) FILTER (WHERE c.expiry_date <= :d60),
                       count(*) FILTER (WHERE c.expiry_date <= :d90)
                FROM staff_certification c
                WHERE c.care_home_id = :home AND %s AND NOT c.awaiting_evidence
                  AND c.expiry_date >= :asOf AND c.expiry_date <= :d90""".formatted(inForceOn("CAST(:asOf AS date)")))
                .setParameter("home", careHomeId).setParameter("asOf", asOf).setParameter("d30", asOf.plusDays(30))
                .setParameter("d60", asOf.plusDays(60)).setParameter("d90", asOf.plusDays(90)).getSingleResult();
        Map<String, Long> expiring = new LinkedHashMap<>();
        expiring.put("30", ((Number) row[0]).longValue());
        expiring.put("60", ((Number) row[1]).longValue());
        expiring.put("90", ((Number) row[2]).longValue());
        return expiring;
    }

    /** A person to check, with the role scheduling gives them (null: none). */
    public record PersonToCheck(UUID staffId, String roleCode) {
    }

    /** A certification type that is mandatory or critical for the person and not valid on the day. */
    public record NotValid(int personIndex, String typeCode, String typeName, boolean critical, boolean mandatory,
            String status, LocalDate expiryDate) {
    }

    /**
     * For each person (by index in {@code people}), the critical or mandatory types not valid on
     * {@code date}, counting only certifications in {@code visibleHomes} when given: one statement
     * whatever the number of people.
     */
    public List<NotValid> notValid(List<PersonToCheck> people, LocalDate date, Optional<Set<UUID>> visibleHomes) {
        List<Ask> asks = new java.util.ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            asks.add(new Ask(i, people.get(i), date));
        }
        return notValidOn(asks, visibleHomes).stream().map(DayNotValid::notValid).toList();
    }

    /** A person (by index in the caller's list) to check on one day. */
    public record Ask(int personIndex, PersonToCheck person, LocalDate day) {
    }

    /** What is not valid for the ask {@code askIndex} (its index in the list given). */
    public record DayNotValid(int askIndex, NotValid notValid) {
    }

    /**
     * For each ask (a person on a day; a person may be asked on many days), the critical or
     * mandatory types not valid on that day, each judged on the certification in force on it:
     * one statement whatever the number of asks.
     */
    public List<DayNotValid> notValidOn(List<Ask> asks, Optional<Set<UUID>> visibleHomes) {
        if (asks.isEmpty()) {
            return List.of();
        }
        String homes = visibleHomes.map(visible -> " AND c.care_home_id IN (:homes)").orElse("");
        Query query = entityManager.createNativeQuery(NOT_VALID.formatted(CertificationStatus.sqlOn("req.day"),
                        inForceOn("req.day"), homes, bestFirst("req.day")))
                .setParameter("ids", asks.stream().map(a -> a.person().staffId().toString()).collect(Collectors.joining(",")))
                .setParameter("roles", asks.stream().map(a -> Objects.requireNonNullElse(a.person().roleCode(), ""))
                        .collect(Collectors.joining(",")))
                .setParameter("days", asks.stream().map(a -> a.day().toString()).collect(Collectors.joining(",")));
        visibleHomes.ifPresent(visible -> query.setParameter("homes", visible.isEmpty() ? Set.of(new UUID(0, 0)) : visible));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            int ask = ((Number) row[0]).intValue() - 1;
            return new DayNotValid(ask, new NotValid(asks.get(ask).personIndex(), (String) row[1], (String) row[2],
                    (Boolean) row[3], (Boolean) row[4], (String) row[5], date(row[6])));
        }).toList();
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

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
