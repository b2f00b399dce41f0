package io.careops.scheduling.absence.api;

import io.careops.scheduling.absence.domain.AbsenceType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AbsenceRequest", description = "Whole days away, first and last included; starts as REQUESTED")
public record AbsenceRequest(
        @NotNull UUID staffId,
        @NotNull AbsenceType type,
        @NotNull @Schema(examples = "2026-07-06") LocalDate firstDay,
        @NotNull @Schema(examples = "2026-07-17") LocalDate lastDay,
        @Size(max = 2000) String notes) {
}
