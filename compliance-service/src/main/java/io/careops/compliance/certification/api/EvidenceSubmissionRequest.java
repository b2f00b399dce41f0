package io.careops.compliance.certification.api;

import io.careops.compliance.certification.domain.StaffCertification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff member's own training evidence; who holds it and in which home comes from the token and the staff record. */
@Schema(name = "EvidenceSubmissionRequest", description = "Training evidence a staff member submits for themself; PENDING until a"
        + " manager verifies it")
public record EvidenceSubmissionRequest(
        @NotBlank @Size(max = 50) @Schema(description = "A code from /certification-types", examples = "FIRST_AID") String certificationType,
        @Size(max = 200) @Schema(description = "Defaults to the type's name", examples = "Emergency First Aid at Work") String name,
        @NotNull @Schema(examples = "2026-03-02") LocalDate issueDate,
        @Schema(description = "Defaults to the issue date plus the type's validity", examples = "2029-03-02") LocalDate expiryDate,
        @NotBlank @Size(max = 200) @Schema(examples = "St John Scotland") String issuingBody,
        @NotBlank @Size(max = 100) @Schema(examples = "EFAW-2026-04417") String certificateNumber,
        @Size(max = 5000) @Schema(examples = "Half-day course at the Inverness centre") String notes) {

    StaffCertification.Record toRecord() {
        return new StaffCertification.Record(null, null, null, name, issueDate, expiryDate, null, issuingBody,
                certificateNumber, null, true, notes);
    }
}
