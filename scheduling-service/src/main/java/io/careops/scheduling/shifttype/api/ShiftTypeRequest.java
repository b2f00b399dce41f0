package io.careops.scheduling.shifttype.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShiftTypeRequest", description = "A shift pattern; an end at or before the start means the next day")
public record ShiftTypeRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "must be an upper-case code like LATE_DAY")
        @Schema(examples = "LATE_DAY") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull @Schema(examples = "20:00") LocalTime startTime,
        @NotNull @Schema(examples = "08:00") LocalTime endTime,
        @PositiveOrZero @Max(240) Integer unpaidBreakMinutes,
        @Size(max = 20) @Schema(description = "Role codes that may work it; empty or omitted: any role")
        List<@NotBlank String> allowedRoles) {
}
