package io.careops.compliance.certification.api;

import io.careops.compliance.certification.domain.StaffCertification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record CertificationResponse(UUID id, UUID careHomeId, UUID staffId, String staffNumber,
        String certificationType, String name, LocalDate issueDate, LocalDate expiryDate, String issuingBody,
        String certificateNumber, String notes, String createdBy, Instant createdAt, Instant updatedAt) {

    static CertificationResponse of(StaffCertification certification) {
        return new CertificationResponse(certification.id(), certification.careHomeId(), certification.staffId(),
                certification.staffNumber(), certification.certificationType(), certification.name(),
                certification.issueDate(), certification.expiryDate(), certification.issuingBody(),
                certification.certificateNumber(), certification.notes(), certification.createdBy(),
                certification.createdAt(), certification.updatedAt());
    }
}
