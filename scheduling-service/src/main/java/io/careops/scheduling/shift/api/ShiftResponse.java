package io.careops.scheduling.shift.api;

import io.careops.scheduling.shift.domain.Classification;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.shift.domain.ShiftTimes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A shift as integrators see it: local rota times, exact instants, and the durations they imply. */
public record ShiftResponse(UUID id, UUID careHomeId, UUID unitId, UUID shiftTypeId, LocalDate date,
        LocalTime startTime, LocalTime endTime, Instant startsAt, Instant endsAt, long durationMinutes,
        int unpaidBreakMinutes, long paidMinutes, ShiftTimes.Period period, UUID staffId, boolean open,
        ShiftStatus status, Classification classification, boolean overtime, UUID agencyCompanyId,
        String agencyWorkerName, BigDecimal agencyHourlyRate, String notes, String createdBy, String updatedBy,
        Instant createdAt, Instant updatedAt, long version) {

    static ShiftResponse of(Shift shift) {
        ShiftTimes times = shift.times();
        return new ShiftResponse(shift.id(), shift.careHomeId(), shift.unitId(), shift.shiftTypeId(), times.date(),
                times.start(), times.end(), times.startsAt(), times.endsAt(), times.duration().toMinutes(),
                shift.unpaidBreakMinutes(), shift.paidDuration().toMinutes(), times.period(), shift.staffId(),
                shift.isOpen(), shift.status(), shift.classification(), shift.overtime(), shift.agencyCompanyId(),
                shift.agencyWorkerName(), shift.agencyHourlyRate(), shift.notes(), shift.createdBy(),
                shift.updatedBy(), shift.createdAt(), shift.updatedAt(), shift.version());
    }
}
