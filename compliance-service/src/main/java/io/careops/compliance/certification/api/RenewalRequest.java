package io.careops.compliance.certification.api;

import io.careops.compliance.certification.domain.StaffCertification;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RenewalRequest", description = "The renewed certificate; person, home and type are the renewed one's")
public record RenewalRequest(
        @Size(max = 200) String name,
        @NotNull @Schema(examples = "2026-06-30") LocalDate issueDate,
        @Schema(description = "Defaults to the issue date plus the type's validity") LocalDate expiryDate,
        LocalDate renewalDate,
        @Size(max = 200) String issuingBody,
        @Size(max = 100) String certificateNumber,
        @PositiveOrZero @Max(365) Integer alertWindowDays,
        boolean awaitingEvidence,
        @Size(max = 5000) String notes) {

    StaffCertification.Record toRecord() {
        return new StaffCertification.Record(null, null, null, name, issueDate, expiryDate, renewalDate, issuingBody,
                certificateNumber, alertWindowDays, awaitingEvidence, notes);
    }
}
