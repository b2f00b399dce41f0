package io.careops.compliance.certification.api;

import io.careops.compliance.certification.domain.StaffCertification;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificationRequest", description = "A certification a staff member holds")
public record CertificationRequest(
        @NotNull UUID careHomeId,
        @NotNull @Schema(description = "The staff member's id in the scheduling service") UUID staffId,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be the 6-digit staff number") @Schema(examples = "001253") String staffNumber,
        @NotBlank @Schema(description = "A code from /certification-types", examples = "FIRE_SAFETY") String certificationType,
        @Size(max = 200) @Schema(description = "Defaults to the type's name") String name,
        @NotNull @Schema(examples = "2025-06-30") LocalDate issueDate,
        @Schema(description = "Defaults to the issue date plus the type's validity") LocalDate expiryDate,
        @Schema(description = "When renewal is planned or was done") LocalDate renewalDate,
        @Size(max = 200) String issuingBody,
        @Size(max = 100) String certificateNumber,
        @PositiveOrZero @Max(365) @Schema(description = "Days before expiry to warn; defaults to the type's") Integer alertWindowDays,
        @Schema(description = "True while the evidence is awaited: the status is PENDING until a file is uploaded")
        boolean awaitingEvidence,
        @Size(max = 5000) String notes) {

    StaffCertification.Record toRecord() {
        return new StaffCertification.Record(careHomeId, staffId, staffNumber, name, issueDate, expiryDate, renewalDate,
                issuingBody, certificateNumber, alertWindowDays, awaitingEvidence, notes);
    }
}
