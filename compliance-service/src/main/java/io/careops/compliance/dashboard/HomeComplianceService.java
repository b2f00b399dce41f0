package io.careops.compliance.dashboard;

import io.careops.compliance.certification.domain.CertificationRepositories;
import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.compliance.certification.domain.CertificationType;
import io.careops.compliance.directory.StaffDirectory;
import io.careops.compliance.directory.StaffMember;
import io.careops.compliance.staffstatus.StaffStatusService;
import io.careops.platform.security.CareHomeAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Builds {@link HomeCompliance}: one directory read (paged) and one SQL query for the home. */
@ApplicationScoped
public class HomeComplianceService {

    private static final String BEST_PER_PERSON_AND_TYPE = """
            SELECT DISTINCT ON (c.staff_id, c.certification_type)
                   c.id, c.staff_id, c.staff_number, c.staff_name, c.staff_role, c.certification_type, %s AS status,
                   c.expiry_date
            FROM staff_certification c
            WHERE c.care_home_id = :home AND c.superseded_by IS NULL
            ORDER BY c.staff_id, c.certification_type, %s""".formatted(CertificationStatus.SQL, StaffStatusService.BEST_FIRST);

    private final StaffDirectory directory;
    private final CertificationRepositories.Types types;
    private final EntityManager entityManager;
    private final CareHomeAccess access;

    public HomeComplianceService(StaffDirectory directory, CertificationRepositories.Types types,
            EntityManager entityManager, CareHomeAccess access) {
        this.directory = directory;
        this.types = types;
        this.entityManager = entityManager;
        this.access = access;
    }

    public HomeCompliance of(UUID careHomeId, LocalDate asOf) {
        access.requireVisible(careHomeId, "Care home", careHomeId);
        // The directory first, outside the transaction: no database connection waits on scheduling.
        Optional<List<StaffMember>> staff = directory.activeStaffOf(careHomeId);
        return QuarkusTransaction.joiningExisting().call(() -> build(careHomeId, asOf, staff));
    }

    private HomeCompliance build(UUID careHomeId, LocalDate asOf, Optional<List<StaffMember>> staff) {
        List<CertificationType> active = types.all().stream().filter(CertificationType::active).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> held = entityManager.createNativeQuery(BEST_PER_PERSON_AND_TYPE)
                .setParameter("home", careHomeId).setParameter("asOf", asOf).getResultList();
        Map<UUID, HomeCompliance.Row> rows = new LinkedHashMap<>();
        staff.ifPresent(members -> members.stream()
                .sorted(Comparator.comparing(StaffMember::lastName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StaffMember::firstName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StaffMember::staffNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(member -> rows.put(member.id(), new HomeCompliance.Row(member.id(), member.staffNumber(),
                        member.fullName().strip(), member.roleCode(), member.employmentStart(), true, new HashMap<>()))));
        for (Object[] row : held) {
            UUID staffId = (UUID) row[1];
            HomeCompliance.Row person = rows.get(staffId);
            if (person == null) {
                if (staff.isPresent()) {
                    // Not an active member of this home any more (left or moved): not on the matrix.
                    continue;
                }
                person = new HomeCompliance.Row(staffId, (String) row[2], (String) row[3], (String) row[4], null, false,
                        new HashMap<>());
                rows.put(staffId, person);
            }
            person.cells().put((String) row[5], new HomeCompliance.Cell((UUID) row[0], (String) row[6], date(row[7])));
        }
        List<HomeCompliance.Row> ordered = new ArrayList<>(rows.values());
        if (staff.isEmpty()) {
            ordered.sort(Comparator.comparing(HomeCompliance.Row::staffNumber));
        }
        return new HomeCompliance(careHomeId, asOf, staff.isPresent(), active, ordered);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
