package io.careops.compliance.dashboard;

import io.careops.compliance.readside.ComplianceMatrix;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The dashboard and the training matrix of a home, read from its {@link ComplianceMatrix}. */
@ApplicationScoped
public class DashboardService {

    private final HomeComplianceService homes;
    public DashboardService(HomeComplianceService homes) {
        this.homes = homes;
    }

    public DashboardResponse dashboard(UUID careHomeId, LocalDate asOf, PageRequest page) {
        ComplianceMatrix matrix = homes.of(careHomeId, asOf);
        // Counted from the certifications the matrix was built from: no further statement.
        Map<String, Long> counts = matrix.countsByStatus();
        Map<String, Long> expiring = matrix.expiringWithinDays();
        List<DashboardResponse.ExpiredCritical> expired = matrix.expiredCritical().stream()
                .map(e -> new DashboardResponse.ExpiredCritical(e.person().name(), e.person().staffNumber(),
                        e.person().staffId(), e.type().code(), e.type().name(), e.cell().expiryDate(),
                        e.cell().certificationId())).toList();
        List<DashboardResponse.TypeCompliance> compliance = matrix.tallies().stream()
                .map(t -> new DashboardResponse.TypeCompliance(t.type().code(), t.type().name(), t.type().critical(),
                        t.required(), t.compliant(), t.percent())).toList();
        return new DashboardResponse(careHomeId, asOf, directory(matrix), counts, expiring, page(expired, page),
                compliance, matrix.compliancePercent());
    }

    /** The training matrix, one page of staff. */
    public DashboardResponse.Matrix matrix(UUID careHomeId, LocalDate asOf, PageRequest page) {
        ComplianceMatrix matrix = homes.of(careHomeId, asOf);
        List<DashboardResponse.MatrixRow> rows = matrix.rows().stream()
                .map(row -> new DashboardResponse.MatrixRow(row.staffId(), row.staffNumber(), row.name(), row.roleCode(),
                        row.inDirectory(), matrix.mandatoryFor(row.roleCode()).stream()
                                .map(type -> new DashboardResponse.MatrixCell(type.code(), row.cell(type.code()).status(),
                                        row.cell(type.code()).expiryDate())).toList())).toList();
        Page<DashboardResponse.MatrixRow> paged = page(rows, page);
        return new DashboardResponse.Matrix(careHomeId, asOf, directory(matrix),
                matrix.mandatoryTypes().stream().map(type -> type.code()).toList(), paged.items(), paged.page(),
                paged.size(), paged.totalItems(), paged.totalPages());
    }

    private static DashboardResponse.Directory directory(ComplianceMatrix matrix) {
        return new DashboardResponse.Directory(matrix.directoryAvailable(), matrix.rows().size(),
                matrix.directoryAvailable() ? null
                        : "The scheduling service's staff directory was unavailable: the matrix covers only the staff "
                                + "this service holds certifications for, and cannot show staff with none as missing.");
    }

    private static <T> Page<T> page(List<T> all, PageRequest request) {
        int first = (int) Math.min(all.size(), (long) request.page() * request.size());
        List<T> items = all.subList(first, Math.min(all.size(), first + request.size()));
        return new Page<>(List.copyOf(items), request.page(), request.size(), all.size(),
                (all.size() + request.size() - 1) / request.size());
    }

    /** A share in percent to one decimal; null when nothing is required (0 of 0 is not 100%). */
    static Double percent(int part, int whole) {
        return ComplianceMatrix.percent(part, whole);
    }
}
