package io.careops.compliance.staffstatus;

import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.platform.security.CareHomeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which critical or mandatory certifications each of a batch of people lacks on a day, in one SQL
 * statement whatever the batch size (the scheduling service's rota health asks for a whole rota).
 *
 * A type counts for a person when it is mandatory for their role (missing counts then), or when it
 * is critical and they hold one (a lapsed critical certificate counts even where the role does not
 * demand it; a person with no role is only checked on what they hold). Of several current
 * certifications of one type, the best on the day decides.
 */
@ApplicationScoped
public class StaffStatusService {

    /** Of a person's current certifications of one type, the one that best covers the day. */
    public static final String BEST_FIRST = """
            (CASE %s WHEN 'VALID' THEN 0 WHEN 'EXPIRING_SOON' THEN 0 WHEN 'PENDING' THEN 1 ELSE 2 END),
            c.expiry_date DESC NULLS FIRST, c.issue_date DESC, c.id""".formatted(CertificationStatus.SQL);

    private static final String SQL = """
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
    private final CareHomeAccess access;

    public StaffStatusService(EntityManager entityManager, CareHomeAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    @Transactional
    public StaffStatusResponse check(StaffStatusRequest request) {
        List<StaffStatusRequest.Person> people = request.staff();
        List<List<StaffStatusResponse.NotValid>> notValid = new ArrayList<>();
        people.forEach(person -> notValid.add(new ArrayList<>()));
        if (!people.isEmpty()) {
            String homes = access.restriction().map(visible -> " AND c.care_home_id IN (:homes)").orElse("");
            Query query = entityManager.createNativeQuery(SQL.formatted(CertificationStatus.SQL, homes, BEST_FIRST))
                    .setParameter("ids", people.stream().map(p -> p.staffId().toString()).collect(Collectors.joining(",")))
                    .setParameter("roles", people.stream().map(p -> Objects.requireNonNullElse(p.roleCode(), ""))
                            .collect(Collectors.joining(",")))
                    .setParameter("asOf", request.date());
            access.restriction().ifPresent(visible -> query.setParameter("homes",
                    visible.isEmpty() ? Set.of(new UUID(0, 0)) : visible));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                int index = ((Number) row[0]).intValue() - 1;
                notValid.get(index).add(new StaffStatusResponse.NotValid((String) row[1], (String) row[2],
                        (Boolean) row[3], (Boolean) row[4], (String) row[5], date(row[6])));
            }
        }
        List<StaffStatusResponse.Person> answer = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            answer.add(new StaffStatusResponse.Person(people.get(i).staffId(), notValid.get(i)));
        }
        return new StaffStatusResponse(request.date(), answer);
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
