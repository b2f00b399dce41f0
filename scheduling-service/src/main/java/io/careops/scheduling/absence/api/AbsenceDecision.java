package io.careops.scheduling.absence.api;

import io.careops.scheduling.absence.domain.AbsenceState;
import jakarta.validation.constraints.NotNull;

/** The state to move an absence to: APPROVED, DECLINED or CANCELLED. */
public record AbsenceDecision(@NotNull AbsenceState state) {
}
