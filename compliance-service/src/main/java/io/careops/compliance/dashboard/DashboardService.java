package io.careops.compliance.dashboard;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.compliance.certification.domain.CertificationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DashboardService {

    private static final int[] HORIZONS = {30, 60, 90};

    private final HomeComplianceService homes;
    private final EntityManager entityManager;

    public DashboardService(HomeComplianceService homes, EntityManager entityManager) {
        this.homes = homes;
        this.entityManager = entityManager;
    }

    public DashboardResponse dashboard(UUID careHomeId, LocalDate asOf, PageRequest page) {
        return build(careHomeId, asOf, page, null).dashboard();
    }

    /** The training matrix, one page of staff. */
    public DashboardResponse.Matrix matrix(UUID careHomeId, LocalDate asOf, PageRequest page) {
        return build(careHomeId, asOf, null, page).matrix();
    }

    private record Built(DashboardResponse dashboard, DashboardResponse.Matrix matrix) {
    }

    private static <T> Page<T> page(List<T> all, PageRequest request) {
        int first = (int) Math.min(all.size(), (long) request.page() * request.size());
        List<T> items = all.subList(first, Math.min(all.size(), first + request.size()));
        return new Page<>(List.copyOf(items), request.page(), request.size(), all.size(),
                (all.size() + request.size() - 1) / request.size());
    }

    private Built build(UUID careHomeId, LocalDate asOf, PageRequest dashboardPage, PageRequest matrixPage) {
        HomeCompliance home = homes.of(careHomeId, asOf);
        Map<String, Long> counts = dashboardPage == null ? Map.of()
                : QuarkusTransaction.joiningExisting().call(() -> counts(careHomeId, asOf));
        Map<String, Long> expiring = dashboardPage == null ? Map.of()
                : QuarkusTransaction.joiningExisting().call(() -> expiring(careHomeId, asOf));

        List<DashboardResponse.ExpiredCritical> expiredCritical = new ArrayList<>();
        List<DashboardResponse.MatrixRow> matrix = new ArrayList<>();
        Map<String, int[]> perType = new LinkedHashMap<>();
        home.types().stream().filter(type -> !type.mandatoryRoles().isEmpty())
                .forEach(type -> perType.put(type.code(), new int[2]));
        for (HomeCompliance.Row row : home.rows()) {
            for (CertificationType type : home.types()) {
                HomeCompliance.Cell cell = row.cells().get(type.code());
                if (type.critical() && cell != null && cell.status().equals(CertificationStatus.EXPIRED.name())) {
                    expiredCritical.add(new DashboardResponse.ExpiredCritical(row.name(), row.staffNumber(), row.staffId(),
                            type.code(), type.name(), cell.expiryDate(), cell.certificationId()));
                }
            }
            List<DashboardResponse.MatrixCell> cells = new ArrayList<>();
            for (CertificationType type : home.mandatoryFor(row.roleCode())) {
                HomeCompliance.Cell cell = row.cell(type.code());
                cells.add(new DashboardResponse.MatrixCell(type.code(), cell.status(), cell.expiryDate()));
                int[] tally = perType.get(type.code());
                tally[0]++;
                if (cell.covers()) {
                    tally[1]++;
                }
            }
            matrix.add(new DashboardResponse.MatrixRow(row.staffId(), row.staffNumber(), row.name(), row.roleCode(),
                    row.inDirectory(), cells));
        }
        expiredCritical.sort(Comparator.comparing(DashboardResponse.ExpiredCritical::staffName,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DashboardResponse.ExpiredCritical::typeCode));

        List<DashboardResponse.TypeCompliance> compliance = new ArrayList<>();
        int required = 0;
        int compliant = 0;
        for (CertificationType type : home.types()) {
            int[] tally = perType.get(type.code());
            if (tally == null) {
                continue;
            }
            required += tally[0];
            compliant += tally[1];
            compliance.add(new DashboardResponse.TypeCompliance(type.code(), type.name(), type.critical(), tally[0], tally[1],
                    percent(tally[1], tally[0])));
        }
        DashboardResponse.Directory directory = new DashboardResponse.Directory(home.directoryAvailable(), home.rows().size(),
                home.directoryAvailable() ? null
                        : "The scheduling service's staff directory was unavailable: the matrix covers only the staff "
                                + "this service holds certifications for, and cannot show staff with none as missing.");
        if (dashboardPage == null) {
            Page<DashboardResponse.MatrixRow> rows = page(matrix, matrixPage);
            return new Built(null, new DashboardResponse.Matrix(careHomeId, asOf, directory,
                    perType.keySet().stream().toList(), rows.items(), rows.page(), rows.size(), rows.totalItems(),
                    rows.totalPages()));
        }
        return new Built(new DashboardResponse(careHomeId, asOf, directory, counts, expiring,
                page(expiredCritical, dashboardPage), compliance, percent(compliant, required)), null);
    }

    /** A share in percent to one decimal; null when nothing is required (0 of 0 is not 100%). */
    static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    Map<String, Long> counts(UUID careHomeId, LocalDate asOf) {
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

    Map<String, Long> expiring(UUID careHomeId, LocalDate asOf) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*) FILTER (WHERE c.expiry_date <= :d30), count(*) FILTER (WHERE c.expiry_date <= :d60),
                       count(*) FILTER (WHERE c.expiry_date <= :d90)
                FROM staff_certification c
                WHERE c.care_home_id = :home AND c.superseded_by IS NULL AND NOT c.awaiting_evidence
                  AND c.expiry_date >= :asOf AND c.expiry_date <= :d90""")
                .setParameter("home", careHomeId).setParameter("asOf", asOf).setParameter("d30", asOf.plusDays(30))
                .setParameter("d60", asOf.plusDays(60)).setParameter("d90", asOf.plusDays(90)).getSingleResult();
        Map<String, Long> expiring = new LinkedHashMap<>();
        for (int i = 0; i < HORIZONS.length; i++) {
            expiring.put(Integer.toString(HORIZONS[i]), ((Number) row[i]).longValue());
        }
        return expiring;
    }
}
