package io.careops.compliance.certification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectionRequest", description = "Why the evidence was rejected; kept on the certification")
public record RejectionRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "The certificate number does not match the issuing body's register")
        String reason) {
}
