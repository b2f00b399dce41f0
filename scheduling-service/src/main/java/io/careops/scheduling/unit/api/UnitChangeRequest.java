package io.careops.scheduling.unit.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitChangeRequest", description = "Omitted fields stay as they are; version: refused (409) when"
        + " someone else changed the unit first")
public record UnitChangeRequest(
        @Size(min = 1, max = 100) String name,
        @Size(max = 2000) String description,
        @PositiveOrZero @Max(100) Integer minDayStaff,
        @PositiveOrZero @Max(100) Integer minNightStaff,
        @PositiveOrZero @Max(100) Integer minWeekendStaff,
        @PositiveOrZero @Max(100) Integer idealDayStaff,
        @PositiveOrZero @Max(100) Integer idealNightStaff,
        Boolean active,
        @PositiveOrZero Long version) {
}
