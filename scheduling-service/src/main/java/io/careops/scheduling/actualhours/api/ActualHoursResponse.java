package io.careops.scheduling.actualhours.api;

import io.careops.scheduling.shift.domain.Shift;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A shift's planned and actual hours. paidMinutes is what payroll and the overtime report count:
 * the actual span less the unpaid break once both ends are recorded, the plan until then.
 */
public record ActualHoursResponse(UUID shiftId, UUID staffId, Instant plannedStart, Instant plannedEnd,
        @Schema(nullable = true) Instant actualStart, @Schema(nullable = true) Instant actualEnd,
        @Schema(nullable = true, description = "The manager's reason; none for a clock-in") String reason,
        @Schema(nullable = true) String recordedBy, @Schema(nullable = true) Instant recordedAt,
        int unpaidBreakMinutes, long plannedPaidMinutes, long paidMinutes, boolean actual, long version) {

    public static ActualHoursResponse of(Shift shift) {
        return new ActualHoursResponse(shift.id(), shift.staffId(), shift.times().startsAt(), shift.times().endsAt(),
                shift.actualStart(), shift.actualEnd(), shift.actualReason(), shift.actualRecordedBy(),
                shift.actualRecordedAt(), shift.unpaidBreakMinutes(), shift.paidDuration().toMinutes(),
                shift.paidMinutesWorked(), shift.hasActualHours(), shift.version());
    }
}
