package io.careops.incidentsafety.actionplan.api;

import io.careops.incidentsafety.actionplan.domain.PlanStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlanTransitionRequest")
public record TransitionRequest(@NotNull PlanStatus to,
        @Size(max = 200) @Schema(description = "The owner, when assigning") String owner,
        @Size(max = 5000) @Schema(description = "Why; for VERIFIED the verification outcome, for NOT_EFFECTIVE the reason (required)") String note) {
}
