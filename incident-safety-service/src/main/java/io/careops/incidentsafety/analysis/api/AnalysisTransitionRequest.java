package io.careops.incidentsafety.analysis.api;

import io.careops.incidentsafety.analysis.domain.AnalysisStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AnalysisTransitionRequest(@NotNull AnalysisStatus to, @Size(max = 5000) String note) {
}
