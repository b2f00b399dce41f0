package io.careops.compliance.dashboard;

import io.careops.platform.paging.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record DashboardResponse(UUID careHomeId, LocalDate asOf, Directory directory,
        @Schema(description = "Current (not superseded) certifications of the home by status on asOf")
        Map<String, Long> countsByStatus,
        @Schema(description = "Current certifications not yet expired whose expiry falls within 30, 60 and 90 days of asOf")
        Map<String, Long> expiringWithinDays,
        @Schema(description = "Critical certifications expired on asOf, by staff name: a page (?page, ?size)")
        Page<ExpiredCritical> expiredCritical,
        @Schema(description = "Per type mandatory for someone: staff it is mandatory for, and how many are covered on asOf")
        List<TypeCompliance> compliancePerType,
        @Schema(nullable = true) Double overallCompliancePercent) {

    @Schema(description = "Whether the scheduling service's staff directory answered; when not, the matrix covers "
            + "only the staff compliance holds certifications for, with their role as recorded")
    public record Directory(boolean available, int staffCovered, @Schema(nullable = true) String note) {
    }

    public record ExpiredCritical(@Schema(nullable = true) String staffName, String staffNumber, UUID staffId, String typeCode, String typeName,
            LocalDate expiryDate, UUID certificationId) {
    }

    public record TypeCompliance(String typeCode, String typeName, boolean critical, int required, int compliant,
            @Schema(nullable = true) Double percent) {
    }

    /**
     * The training matrix, a page of staff (GET /dashboard/training-matrix): a list like every
     * other ({@code items, page, size, totalItems, totalPages}), with the home, the day, whether the
     * staff directory answered and the mandatory types (the columns) beside it.
     */
    public record Matrix(UUID careHomeId, LocalDate asOf, Directory directory, List<String> types,
            List<MatrixRow> items, int page, int size, long totalItems, int totalPages) {
    }

    public record MatrixRow(UUID staffId, String staffNumber, @Schema(nullable = true) String name, @Schema(nullable = true) String roleCode, boolean inDirectory,
            List<MatrixCell> cells) {
    }

    public record MatrixCell(String typeCode, String status, @Schema(nullable = true) LocalDate expiryDate) {
    }
}
