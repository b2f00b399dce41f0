package io.careops.incidentsafety.incident.api;

import io.careops.incidentsafety.incident.domain.CandourStage;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

public record CandourStageRequest(@NotNull CandourStage stage, @NotNull LocalDate on) {
}
