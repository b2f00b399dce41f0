package io.careops.scheduling.shift.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A manager's edit of a shift; a null field stays as it is. A new shift type brings its times and
 * break unless they are given too. {@code unassign} opens the shift again.
 */
public record ShiftChange(LocalDate date, LocalTime startTime, LocalTime endTime, UUID unitId, UUID shiftTypeId,
        Integer unpaidBreakMinutes, String notes, boolean unassign, String workingTimeOverrideReason,
        String certificationOverrideReason) {
}
