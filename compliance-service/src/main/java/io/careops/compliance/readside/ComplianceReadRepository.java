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
     * Of a person's current certifications of one type, the one that best covers the day. An
     * expired one outranks one awaiting evidence or rejected: evidence nobody has verified (which
     * staff can now submit themselves) must not hide a lapse from the rota, which refuses shifts
     * on an EXPIRED mandatory certification.
     */
    public static final String BEST_FIRST = """
            (CASE %s WHEN 'VALID' THEN 0 WHEN 'EXPIRING_SOON' THEN 0 WHEN 'EXPIRED' THEN 1 WHEN 'PENDING' THEN 2 ELSE 3 END),
            c.expiry_date DESC NULLS FIRST, c.issue_date DESC, c.id""".formatted(CertificationStatus.SQL);

    private static final String BEST_IN_HOME = """
            SELECT DISTINCT ON (c.staff_id, c.certification_type)
                   c.id, c.staff_id, c.staff_number, c.staff_name, c.staff_role, c.certification_type, %s AS status,
                   c.expiry_date
            FROM staff_certification c
            WHERE c.care_home_id = :home AND c.superseded_by IS NULL
            ORDER BY c.staff_id, c.certification_type, %s""".formatted(CertificationStatus.SQL, BEST_FIRST);

    private static final String NOT_VALID = """
            WITH req AS (
                SELECT r.staff_id, NULLIF(r.role_code, '') AS role_code, r.ord
                FROM unnest(CAST(string_to_array(:ids, ',') AS uuid[]), string_to_array(:roles, ','))
                     WITH ORDINALITY AS r(staff_id, role_code, ord)),
            best AS (
                SELECT DISTINCT ON (c.staff_id, c.certification_type)
                       c.staff_id, c.certification_type, %s AS status, c.expiry_date
                FROM staff_certification c
                WHERE c.staff_id IN (SELECT staff_id FROM req) AND c.superseded_by IS NULL %s
                ORDER BY c.staff_id, c.certification_type, %s)
            SELECT req.ord, t.code, t.name, t.critical, COALESCE(req.role_code = ANY (t.mandatory_roles), false),
                   COALESCE(best.status, 'MISSING'), best.expiry_date
            FROM req
            JOIN certification_type t ON t.active
            LEFT JOIN best ON best.staff_id = req.staff_id AND best.certification_type = t.code
            WHERE (req.role_code = ANY (t.mandatory_roles) OR (t.critical AND best.status IS NOT NULL))
              AND COALESCE(best.status, 'MISSING') NOT IN ('VALID', 'EXPIRING_SOON')
            ORDER BY req.ord, t.critical DESC, t.code""";

    private final EntityManager entityManager;

    public ComplianceReadRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A person's best current certification of one type in a home, with its status on the day. */
    public record Held(UUID certificationId, UUID staffId, String staffNumber, String staffName, String roleCode,
            String typeCode, String status, LocalDate expiryDate) {
    }

    /** Each person's best current certification of every type they hold in the home, on {@code asOf}. */
    public List<Held> bestHeldInHome(UUID careHomeId, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(BEST_IN_HOME).setParameter("home", careHomeId)
                .setParameter("asOf", asOf).getResultList();
        return rows.stream().map(row -> new Held((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], date(row[7]))).toList();
    }

    /** Current certifications of the home by status on {@code asOf}; every status present, 0 when none. */
    public Map<String, Long> countsByStatus(UUID careHomeId, LocalDate asOf) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CertificationStatus status : CertificationStatus.values()) {
            counts.put(status.name(), 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + CertificationStatus.SQL
                + " AS status, count(*) FROM staff_certification c WHERE c.care_home_id = :home AND c.superseded_by IS NULL"
                + " GROUP BY 1").setParameter("home", careHomeId).setParameter("asOf", asOf).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Current certifications not expired on {@code asOf} and not awaiting evidence, expiring within 30, 60, 90 days. */
    public Map<String, Long> expiringWithin30To90Days(UUID careHomeId, LocalDate asOf) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*) FILTER (WHERE c.expiry_date <= :d30), count(*) FILTER (WHERE c.expiry_date <= :d60),
                       count(*) FILTER (WHERE c.expiry_date <= :d90)
                FROM staff_certification c
                WHERE c.care_home_id = :home AND c.superseded_by IS NULL AND NOT c.awaiting_evidence
                  AND c.expiry_date >= :asOf AND c.expiry_date <= :d90""")
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
        if (people.isEmpty()) {
            return List.of();
        }
        String homes = visibleHomes.map(visible -> " AND c.care_home_id IN (:homes)").orElse("");
        Query query = entityManager.createNativeQuery(NOT_VALID.formatted(CertificationStatus.SQL, homes, BEST_FIRST))
                .setParameter("ids", people.stream().map(p -> p.staffId().toString()).collect(Collectors.joining(",")))
                .setParameter("roles", people.stream().map(p -> Objects.requireNonNullElse(p.roleCode(), ""))
                        .collect(Collectors.joining(",")))
                .setParameter("asOf", date);
        visibleHomes.ifPresent(visible -> query.setParameter("homes", visible.isEmpty() ? Set.of(new UUID(0, 0)) : visible));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new NotValid(((Number) row[0]).intValue() - 1, (String) row[1], (String) row[2],
                (Boolean) row[3], (Boolean) row[4], (String) row[5], date(row[6]))).toList();
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
