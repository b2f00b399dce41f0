package io.careops.compliance.importing;

import io.careops.platform.importing.LegacyRecord;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legacy staff certification, with its stored status and alert history as the legacy system kept them. */
@Schema(name = "CertificationImport")
public record CertificationImport(
        @NotBlank @Size(max = 64) String legacyPk,
        @NotNull UUID careHomeId,
        @NotNull UUID staffId,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "001253") @NotBlank @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit staff number") String staffNumber,
        String staffName,
        String staffRole,
        @NotBlank String certificationType,
        @NotBlank @Size(max = 300) String name,
        @NotNull LocalDate issueDate,
        LocalDate expiryDate,
        LocalDate renewalDate,
        String issuingBody,
        String certificateNumber,
        @Min(0) Integer alertWindowDays,
        @Schema(description = "The status the legacy system stored at save time (often stale)",
                examples = "PENDING") String legacyStatus,
        boolean alertSent,
        Instant alertSentAt,
        @Schema(description = "The legacy file path; the file itself is not in the export") String certificateFile,
        String notes,
        List<@NotBlank String> findings) implements LegacyRecord {
}
