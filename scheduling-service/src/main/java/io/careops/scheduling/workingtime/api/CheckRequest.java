package io.careops.scheduling.workingtime.api;

import io.careops.scheduling.workingtime.service.ShiftsToJudge;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A staff member and either an existing shift (shiftId) or a proposed one (unitId, date, and"
        + " times or a shift type)")
public record CheckRequest(@NotNull UUID staffId, UUID shiftId, UUID unitId, LocalDate date, UUID shiftTypeId,
        @Schema(examples = "07:45") LocalTime startTime, @Schema(examples = "20:15") LocalTime endTime,
        @PositiveOrZero @Max(240) Integer unpaidBreakMinutes) {

    @AssertTrue(message = "give shiftId, or unitId and date for a proposed shift")
    @Schema(hidden = true)
    public boolean isShiftDescribed() {
        return shiftId != null || (unitId != null && date != null);
    }

    ShiftsToJudge.Proposal toProposal() {
        return new ShiftsToJudge.Proposal(unitId, date, shiftTypeId, startTime, endTime, unpaidBreakMinutes);
    }
}
