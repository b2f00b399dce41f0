package io.careops.incidentsafety.actionplan.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record EffectivenessReviewRequest(@NotNull LocalDate reviewedOn, @NotNull Boolean effective,
        @Size(max = 5000) String notes) {
}
