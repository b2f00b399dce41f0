package io.careops.scheduling.shifttype.api;

import io.careops.scheduling.shifttype.domain.ShiftType;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ShiftTypeResponse(UUID id, String code, String name, LocalTime startTime, LocalTime endTime,
        int unpaidBreakMinutes, List<String> allowedRoles, boolean active,
        @Schema(description = "The record's version, also its ETag: send it back as If-Match (or version) to change it") long version) implements io.careops.platform.http.Versions.Tagged {

    static ShiftTypeResponse of(ShiftType type) {
        return new ShiftTypeResponse(type.id(), type.code(), type.name(), type.startTime(), type.endTime(),
                type.unpaidBreakMinutes(), type.allowedRoles(), type.active(), type.version());
    }
}
