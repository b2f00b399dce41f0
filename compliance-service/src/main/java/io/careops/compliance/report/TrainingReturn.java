package io.careops.compliance.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Care Inspectorate training return of a home on a day: every staff member, their role, and
 * each type mandatory for that role with its status and expiry; and, for staff who must be
 * SSSC-registered but are not yet, the date registration is due (6 months after starting).
 */
public record TrainingReturn(UUID careHomeId, LocalDate asOf, boolean directoryAvailable, List<String> types,
        List<Row> staff, Summary summary) {

    public record Row(String staffNumber, @Schema(nullable = true) String name, @Schema(nullable = true) String roleCode, @Schema(nullable = true) LocalDate employmentStart, List<Entry> mandatory,
            @Schema(nullable = true) LocalDate ssscRegistrationDue, @Schema(nullable = true) Boolean ssscRegistrationOverdue) {
    }

    public record Entry(String typeCode, String status, @Schema(nullable = true) LocalDate expiryDate) {
    }

    public record Summary(int staff, int required, int compliant, @Schema(nullable = true) Double compliancePercent, int ssscRegistrationsDue,
            int ssscRegistrationsOverdue) {
    }
}
