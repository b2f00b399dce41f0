package io.careops.compliance.readside;

import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.compliance.certification.domain.CertificationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            SELECT c.id, c.staff_id, c.staff_number, c.staff_name, c.staff_role, c.certification_type,
                   c.issue_date - DATE '1970-01-01', c.expiry_date - DATE '1970-01-01', COALESCE(c.alert_window_days, 30),
                   c.awaiting_evidence, c.rejected_at IS NOT NULL,
                   (SELECT renewal.issue_date - DATE '1970-01-01' FROM staff_certification renewal WHERE renewal.id = c.superseded_by)
            FROM staff_certification c
            WHERE c.care_home_id = :home AND %s""".formatted(inForceOn("CAST(:asOf AS date)"));

    /**
     * The certifications of the people asked about (each once) that can be in force on a day asked:
     * issued by the last of them. One hash join of the ids to the table: a {@code staff_id = ANY(...)}
     * of thousands of ids costs more to plan than to run. {@link #notValidOn} decides the rest in Java.
     */
    private static final String HELD_BY = """
            SELECT c.id, c.staff_id, c.certification_type, c.issue_date - DATE '1970-01-01',
                   c.expiry_date - DATE '1970-01-01', COALESCE(c.alert_window_days, 30), c.awaiting_evidence,
                   c.rejected_at IS NOT NULL,
                   (SELECT renewal.issue_date - DATE '1970-01-01' FROM staff_certification renewal WHERE renewal.id = c.superseded_by)
            FROM unnest(CAST(string_to_array(:ids, ',') AS uuid[])) AS asked(staff_id)
            JOIN staff_certification c ON c.staff_id = asked.staff_id
            WHERE c.issue_date <= CAST(:lastDay AS date)%s""";

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
                (String) row[4], (String) row[5], epochDay(row[6]), epochDay(row[7]), ((Number) row[8]).intValue(),
                (Boolean) row[9], (Boolean) row[10], epochDay(row[11]))).toList();
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
     * mandatory types not valid on that day, each judged on the certification in force on it
     * ({@link Held#inForceOn}), the best of several by {@link ComplianceMatrix#bestFirst}: the
     * rules the training matrix applies, and the ones the earlier single SQL statement applied.
     * One statement reads the people's certifications ({@link #HELD_BY}) whatever the number of
     * asks, one the active types; the rest is Java (issue 15: the SQL form sorted every
     * certification for the best per person and type, about 4 times the time of reading them).
     * Answered by ask, then critical types first, then by type code.
     */
    public List<DayNotValid> notValidOn(List<Ask> asks, Optional<Set<UUID>> visibleHomes) {
        if (asks.isEmpty()) {
            return List.of();
        }
        Set<UUID> people = new LinkedHashSet<>();
        LocalDate lastDay = asks.get(0).day();
        for (Ask ask : asks) {
            people.add(ask.person().staffId());
            lastDay = ask.day().isAfter(lastDay) ? ask.day() : lastDay;
        }
        String homes = visibleHomes.map(visible -> " AND c.care_home_id IN (:homes)").orElse("");
        Query query = entityManager.createNativeQuery(HELD_BY.formatted(homes))
                .setParameter("ids", people.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .setParameter("lastDay", lastDay);
        visibleHomes.ifPresent(visible -> query.setParameter("homes", visible.isEmpty() ? Set.of(new UUID(0, 0)) : visible));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, List<Held>> heldBy = new HashMap<>();
        for (Object[] row : rows) {
            Held held = new Held((UUID) row[0], (UUID) row[1], null, null, null, (String) row[2], epochDay(row[3]),
                    epochDay(row[4]), ((Number) row[5]).intValue(), (Boolean) row[6], (Boolean) row[7], epochDay(row[8]));
            heldBy.computeIfAbsent(held.staffId(), id -> new ArrayList<>(8)).add(held);
        }
        List<CertificationType> types = entityManager
                .createQuery("from CertificationType t where t.active = true", CertificationType.class).getResultList()
                .stream().sorted(Comparator.comparing(CertificationType::critical).reversed()
                        .thenComparing(CertificationType::code))
                .toList();
        List<Set<String>> mandatoryRoles = types.stream().map(type -> Set.copyOf(type.mandatoryRoles())).toList();
        List<DayNotValid> answer = new ArrayList<>();
        Map<String, Held> best = new HashMap<>();
        for (int a = 0; a < asks.size(); a++) {
            Ask ask = asks.get(a);
            LocalDate day = ask.day();
            String role = ask.person().roleCode() == null || ask.person().roleCode().isEmpty() ? null : ask.person().roleCode();
            best.clear();
            Comparator<Held> ranking = null;
            for (Held held : heldBy.getOrDefault(ask.person().staffId(), List.of())) {
                if (held.inForceOn(day)) {
                    Held other = best.get(held.typeCode());
                    if (other == null) {
                        best.put(held.typeCode(), held);
                    } else {
                        ranking = ranking == null ? ComplianceMatrix.bestFirst(day) : ranking;
                        best.put(held.typeCode(), ranking.compare(held, other) <= 0 ? held : other);
                    }
                }
            }
            for (int t = 0; t < types.size(); t++) {
                CertificationType type = types.get(t);
                boolean mandatory = role != null && mandatoryRoles.get(t).contains(role);
                Held held = best.get(type.code());
                if (!mandatory && !(type.critical() && held != null)) {
                    continue;
                }
                CertificationStatus status = held == null ? null : held.statusOn(day);
                if (status != null && status.covers()) {
                    continue;
                }
                answer.add(new DayNotValid(a, new NotValid(ask.personIndex(), type.code(), type.name(), type.critical(),
                        mandatory, status == null ? "MISSING" : status.name(), held == null ? null : held.expiryDate())));
            }
        }
        return answer;
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
