package io.careops.scheduling.unit.api;

import io.careops.scheduling.unit.domain.Unit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitRequest", description = "A unit to open; omitted staffing figures take the legacy defaults 2/1/2 and 3/2")
public record UnitRequest(
        @NotNull UUID careHomeId,
        @NotBlank @Size(max = 100) @Schema(examples = "VG_LILY") String name,
        @Size(max = 500) @Schema(examples = "Lily Wing") String description,
        @PositiveOrZero @Max(100) Integer minDayStaff,
        @PositiveOrZero @Max(100) Integer minNightStaff,
        @PositiveOrZero @Max(100) Integer minWeekendStaff,
        @PositiveOrZero @Max(100) Integer idealDayStaff,
        @PositiveOrZero @Max(100) Integer idealNightStaff) {

    Unit.Staffing staffing() {
        Unit.Staffing defaults = Unit.DEFAULT_STAFFING;
        return new Unit.Staffing(or(minDayStaff, defaults.minDay()), or(minNightStaff, defaults.minNight()),
                or(minWeekendStaff, defaults.minWeekend()), or(idealDayStaff, defaults.idealDay()),
                or(idealNightStaff, defaults.idealNight()));
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
