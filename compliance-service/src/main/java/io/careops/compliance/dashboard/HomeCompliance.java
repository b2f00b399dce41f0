package io.careops.compliance.dashboard;

import io.careops.compliance.certification.domain.CertificationType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A care home's training picture on a day: every staff member against the types mandatory for
 * their role. The staff come from the scheduling service; when it cannot be reached, from the
 * certifications compliance holds (name and role as snapshotted), and {@code directoryAvailable}
 * says so.
 */
public record HomeCompliance(UUID careHomeId, LocalDate asOf, boolean directoryAvailable, List<CertificationType> types,
        List<Row> rows) {

    /** One person. {@code cells} holds their best current certification of every type they hold. */
    public record Row(UUID staffId, String staffNumber, String name, String roleCode, LocalDate employmentStart,
            boolean inDirectory, Map<String, Cell> cells) {

        /** The person's status for a type: what they hold, or MISSING. */
        public Cell cell(String typeCode) {
            return cells.getOrDefault(typeCode, Cell.MISSING);
        }
    }

    /** status: VALID, EXPIRING_SOON, EXPIRED, PENDING or MISSING. */
    public record Cell(UUID certificationId, String status, LocalDate expiryDate) {
        public static final Cell MISSING = new Cell(null, "MISSING", null);

        public boolean covers() {
            return status.equals("VALID") || status.equals("EXPIRING_SOON");
        }
    }

    /** The active types mandatory for this role, by code. */
    public List<CertificationType> mandatoryFor(String roleCode) {
        return types.stream().filter(type -> type.mandatoryFor(roleCode)).toList();
    }
}
