package io.careops.scheduling.unit.api;

import io.careops.scheduling.unit.domain.Unit;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UnitResponse(UUID id, UUID careHomeId, String name, @Schema(nullable = true) String description, int minDayStaff,
        int minNightStaff, int minWeekendStaff, int idealDayStaff, int idealNightStaff, boolean active,
        Instant createdAt, Instant updatedAt,
        @Schema(description = "The record's version, also its ETag: send it back as If-Match (or version) to change it") long version) implements io.careops.platform.http.Versions.Tagged {

    static UnitResponse of(Unit unit) {
        Unit.Staffing staffing = unit.staffing();
        return new UnitResponse(unit.id(), unit.careHomeId(), unit.name(), unit.description(), staffing.minDay(),
                staffing.minNight(), staffing.minWeekend(), staffing.idealDay(), staffing.idealNight(), unit.active(),
                unit.createdAt(), unit.updatedAt(), unit.version());
    }
}
