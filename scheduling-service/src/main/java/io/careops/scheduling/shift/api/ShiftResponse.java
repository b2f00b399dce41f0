package io.careops.scheduling.shift.api;

import io.careops.scheduling.shift.domain.Classification;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.shift.service.ShiftService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A shift as integrators see it: local rota times, exact instants, and the durations they imply;
 * with the unit's name, the staff member's name and the shift type's code, so a rota screen needs
 * no further calls.
 */
public record ShiftResponse(UUID id, UUID careHomeId, UUID unitId, String unitName, @Schema(nullable = true) UUID shiftTypeId,
        @Schema(nullable = true) String shiftTypeCode,
        LocalDate date, LocalTime startTime, LocalTime endTime, Instant startsAt, Instant endsAt, long durationMinutes,
        int unpaidBreakMinutes, long paidMinutes, ShiftTimes.Period period, @Schema(nullable = true) UUID staffId,
        @Schema(nullable = true) String staffName, boolean open,
        ShiftStatus status, Classification classification, boolean overtime, @Schema(nullable = true) UUID agencyCompanyId,
        @Schema(nullable = true) String agencyWorkerName, @Schema(nullable = true) BigDecimal agencyHourlyRate,
        @Schema(nullable = true) String notes, String createdBy, String updatedBy,
        Instant createdAt, Instant updatedAt, long version,
        @Schema(nullable = true, description = "Set when the person was assigned without a certification check"
                + " (compliance could not answer) or despite a lapsed mandatory certification (a manager's override)")
        String certificationWarning,
        @Schema(nullable = true, description = "The manager's reason for assigning despite a lapsed certification")
        String certificationOverrideReason) {

    static ShiftResponse of(Shift shift, ShiftService.Labels labels) {
        ShiftTimes times = shift.times();
        return new ShiftResponse(shift.id(), shift.careHomeId(), shift.unitId(), labels.unitName(shift),
                shift.shiftTypeId(), labels.shiftTypeCode(shift), times.date(),
                times.start(), times.end(), times.startsAt(), times.endsAt(), times.duration().toMinutes(),
                shift.unpaidBreakMinutes(), shift.paidDuration().toMinutes(), times.period(), shift.staffId(),
                labels.staffName(shift), shift.isOpen(), shift.status(), shift.classification(), shift.overtime(), shift.agencyCompanyId(),
                shift.agencyWorkerName(), shift.agencyHourlyRate(), shift.notes(), shift.createdBy(),
                shift.updatedBy(), shift.createdAt(), shift.updatedAt(), shift.version(),
                shift.certificationWarning(), shift.certificationOverrideReason());
    }
}
