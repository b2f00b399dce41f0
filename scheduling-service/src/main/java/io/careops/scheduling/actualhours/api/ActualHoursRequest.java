package io.careops.scheduling.actualhours.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager's record of when a shift really started and ended, and why it is recorded. */
public record ActualHoursRequest(
        @NotNull @Schema(examples = "2026-03-02T07:00:00Z") Instant actualStart,
        @NotNull @Schema(examples = "2026-03-02T21:30:00Z") Instant actualEnd,
        @NotBlank @Size(max = 500) @Schema(examples = "Stayed on until the night nurse arrived") String reason) {
}
