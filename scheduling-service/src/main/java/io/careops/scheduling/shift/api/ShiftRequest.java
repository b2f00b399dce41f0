package io.careops.scheduling.shift.api;

import io.careops.scheduling.shift.domain.Classification;
import io.careops.scheduling.shift.service.ShiftPlan;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShiftRequest", description = "A shift to plan. Times default from the shift type; an end at or "
        + "before the start is the next day. No staffId: an open shift. AGENCY needs agencyCompanyId; its rate "
        + "defaults to the company's day or night rate.")
public record ShiftRequest(
        @NotNull UUID unitId,
        @NotNull @Schema(description = "The rota day the shift starts on", examples = "2026-01-06") LocalDate date,
        UUID shiftTypeId,
        @Schema(examples = "20:00") LocalTime startTime,
        @Schema(examples = "08:00") LocalTime endTime,
        @PositiveOrZero @Max(240) Integer unpaidBreakMinutes,
        @Schema(description = "Defaults to REGULAR") Classification classification,
        @Schema(description = "Paid as overtime; always true for OVERTIME, never for AGENCY") Boolean overtime,
        UUID staffId,
        UUID agencyCompanyId,
        @Size(max = 200) String agencyWorkerName,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal agencyHourlyRate,
        @Size(max = 2000) String notes,
        @Size(max = 2000) @Schema(description = "A manager's reason to assign staffId despite working-time violations")
        String workingTimeOverrideReason,
        @Size(max = 2000) @Schema(description = "A manager's reason to assign staffId although a mandatory certification"
                + " for their role has lapsed on the day; recorded on the shift")
        String certificationOverrideReason) {

    ShiftPlan toPlan() {
        return new ShiftPlan(unitId, date, shiftTypeId, startTime, endTime, unpaidBreakMinutes, classification,
                overtime, staffId, agencyCompanyId, agencyWorkerName, agencyHourlyRate, notes,
                workingTimeOverrideReason, certificationOverrideReason);
    }
}
