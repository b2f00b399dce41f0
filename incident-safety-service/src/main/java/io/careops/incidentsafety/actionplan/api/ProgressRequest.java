package io.careops.incidentsafety.actionplan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ProgressRequest(@NotNull @Min(0) @Max(100) Integer percentComplete, @NotBlank @Size(max = 5000) String note) {
}
