package io.careops.scheduling.absence.api;

import io.careops.scheduling.absence.domain.AbsenceState;
import jakarta.validation.constraints.NotNull;

/** The state to move an absence to: APPROVED, DECLINED or CANCELLED. */
public record AbsenceDecision(@NotNull AbsenceState state,
        @jakarta.validation.constraints.Size(min = 10, max = 2000)
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Managers only: approve annual leave"
                + " inside a blackout of the person's unit; kept with it")
        String blackoutOverrideReason,
        @jakarta.validation.constraints.Size(max = 2000)
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Why (optional): kept with the"
                + " absence and told to the person in their notification", nullable = true,
                examples = "Two seniors are already off that week")
        String reason) {
}
