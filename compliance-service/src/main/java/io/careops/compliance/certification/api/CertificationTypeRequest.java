package io.careops.compliance.certification.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificationTypeRequest", description = "A certification type of the catalogue")
public record CertificationTypeRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}", message = "must be an upper-case code like FIRST_AID")
        @Schema(examples = "FIRST_AID") String code,
        @NotBlank @Size(max = 200) String name,
        @Positive @Max(240) @Schema(description = "Months a certificate stays valid; omit when it never expires")
        Integer validityMonths,
        @PositiveOrZero @Max(365) @Schema(description = "Days before expiry to warn; defaults to 30")
        Integer alertWindowDays,
        @Schema(description = "A lapse of a critical certification takes a person off the rota") boolean critical,
        @Size(max = 50) @Schema(description = "Role codes of the scheduling service for which it is mandatory", examples = "[\"SCW\", \"SSCW\"]")
        Set<@Pattern(regexp = "[A-Z][A-Z0-9_]{0,29}", message = "must be a role code like SCW") String> mandatoryRoles,
        @Schema(description = "Changes only; an inactive type cannot be recorded any more (default true)") Boolean active) {
}
