package io.careops.scheduling.shift.service;

import io.careops.scheduling.shift.domain.Classification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What a manager asks for: times come from the shift type unless given; classification defaults
 * to REGULAR; no staff member means an open shift. A manager's reason overrides working-time
 * violations of the staff member named, another reason a lapsed mandatory certification.
 */
public record ShiftPlan(UUID unitId, LocalDate date, UUID shiftTypeId, LocalTime startTime, LocalTime endTime,
        Integer unpaidBreakMinutes, Classification classification, Boolean overtime, UUID staffId,
        UUID agencyCompanyId, String agencyWorkerName, BigDecimal agencyHourlyRate, String notes,
        String workingTimeOverrideReason, String certificationOverrideReason) {
}
