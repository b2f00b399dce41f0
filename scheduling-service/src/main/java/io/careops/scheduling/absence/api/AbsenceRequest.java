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
        @Size(max = 2000) String notes,
        @jakarta.validation.constraints.Digits(integer = 4, fraction = 2)
        @Schema(description = "Annual leave only: the leave hours it uses when not the default (a fifth of the weekly"
                + " hours for each Monday-Friday day), e.g. 12.5 for a Saturday shift", examples = "12.5")
        java.math.BigDecimal leaveHours,
        @Size(min = 10, max = 2000)
        @Schema(description = "Managers only: let annual leave through a blackout of the person's unit; kept with it")
        String blackoutOverrideReason) {
}
