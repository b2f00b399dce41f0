package io.careops.compliance.certification.api;

import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.compliance.certification.domain.StaffCertification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CertificationResponse(UUID id, UUID careHomeId, UUID staffId, String staffNumber,
        @Schema(nullable = true, description = "From the scheduling service when recorded; null if it did not answer") String staffName,
        @Schema(nullable = true) String staffRole, boolean staffVerified, String certificationType, String name, LocalDate issueDate,
        @Schema(nullable = true) LocalDate expiryDate, @Schema(nullable = true) LocalDate renewalDate, @Schema(nullable = true) String issuingBody, @Schema(nullable = true) String certificateNumber, int alertWindowDays,
        boolean awaitingEvidence,
        @Schema(description = "Computed for asOf, never stored") CertificationStatus status, LocalDate asOf,
        @Schema(nullable = true) UUID supersededBy, @Schema(nullable = true) Instant supersededAt, @Schema(nullable = true) String notes, String createdBy, Instant createdAt, Instant updatedAt,
        @Schema(description = "Submitted by the staff member themself (self-service evidence)") boolean submittedByStaff,
        @Schema(nullable = true, description = "Who verified the evidence") String verifiedBy,
        @Schema(nullable = true) Instant verifiedAt,
        @Schema(nullable = true, description = "Who rejected the evidence") String rejectedBy,
        @Schema(nullable = true) Instant rejectedAt, @Schema(nullable = true) String rejectionReason) {

    static CertificationResponse of(StaffCertification c, LocalDate asOf) {
        return new CertificationResponse(c.id(), c.careHomeId(), c.staffId(), c.staffNumber(), c.staffName(),
                c.staffRole(), c.staffVerified(), c.certificationType(), c.name(), c.issueDate(), c.expiryDate(),
                c.renewalDate(), c.issuingBody(), c.certificateNumber(), c.alertWindowDays(), c.awaitingEvidence(),
                c.statusOn(asOf), asOf, c.supersededBy(), c.supersededAt(), c.notes(), c.createdBy(), c.createdAt(),
                c.updatedAt(), c.submittedByStaff(), c.verifiedBy(), c.verifiedAt(), c.rejectedBy(), c.rejectedAt(),
                c.rejectionReason());
    }
}
