package io.careops.scheduling.shifttype.api;

import io.careops.scheduling.shifttype.domain.ShiftType;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

public record ShiftTypeResponse(UUID id, String code, String name, LocalTime startTime, LocalTime endTime,
        int unpaidBreakMinutes, List<String> allowedRoles, boolean active) {

    static ShiftTypeResponse of(ShiftType type) {
        return new ShiftTypeResponse(type.id(), type.code(), type.name(), type.startTime(), type.endTime(),
                type.unpaidBreakMinutes(), type.allowedRoles(), type.active());
    }
}
