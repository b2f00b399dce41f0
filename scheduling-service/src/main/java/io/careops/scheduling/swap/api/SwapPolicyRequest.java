package io.careops.scheduling.swap.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SwapPolicyRequest")
public record SwapPolicyRequest(@NotNull @Schema(description = "Approve a swap automatically when every check passes",
        examples = "true") Boolean autoApprove) {
}
