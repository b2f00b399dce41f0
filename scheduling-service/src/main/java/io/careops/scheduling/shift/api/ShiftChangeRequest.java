package io.careops.scheduling.shift.api;

import io.careops.scheduling.shift.service.ShiftChange;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShiftChangeRequest", description = "Omitted fields stay as they are. A new shiftTypeId brings its"
        + " times and break unless they are given. unassign: true opens the shift again. version (or the If-Match"
        + " header with the ETag): refused when someone else changed the shift first")
public record ShiftChangeRequest(
        @Schema(examples = "2026-01-06") LocalDate date,
        @Schema(examples = "20:00") LocalTime startTime,
        @Schema(examples = "08:00") LocalTime endTime,
        UUID unitId,
        UUID shiftTypeId,
        @PositiveOrZero @Max(240) Integer unpaidBreakMinutes,
        @Size(max = 2000) String notes,
        Boolean unassign,
        @PositiveOrZero Long version,
        @Size(max = 2000) @Schema(description = "A manager's reason to keep the person on it despite working-time violations")
        String workingTimeOverrideReason,
        @Size(max = 2000) @Schema(description = "A manager's reason to keep the person on it when the new date falls"
                + " after a mandatory certification of theirs lapsed")
        String certificationOverrideReason) {

    ShiftChange toChange() {
        return new ShiftChange(date, startTime, endTime, unitId, shiftTypeId, unpaidBreakMinutes, notes,
                Boolean.TRUE.equals(unassign), workingTimeOverrideReason,
                certificationOverrideReason);
    }
}
