package io.careops.scheduling.shifttype.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShiftTypeChangeRequest", description = "Omitted fields stay as they are; allowedRoles replaces the list"
        + " (empty: any role); version: refused (409) when someone else changed it first")
public record ShiftTypeChangeRequest(
        @Size(min = 1, max = 100) String name,
        @Schema(examples = "07:45") LocalTime startTime,
        @Schema(examples = "20:15") LocalTime endTime,
        @PositiveOrZero @Max(240) Integer unpaidBreakMinutes,
        @Size(max = 20) List<@NotBlank String> allowedRoles,
        Boolean active,
        @PositiveOrZero Long version) {
}
