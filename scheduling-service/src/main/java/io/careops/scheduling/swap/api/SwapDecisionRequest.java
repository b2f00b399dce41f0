package io.careops.scheduling.swap.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SwapDecisionRequest", description = "A manager's note on an approval or rejection")
public record SwapDecisionRequest(@Size(max = 2000) @Schema(examples = "Both agreed on the phone") String note) {
}
