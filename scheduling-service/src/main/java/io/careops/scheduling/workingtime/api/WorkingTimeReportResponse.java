package io.careops.scheduling.workingtime.api;

import io.careops.platform.paging.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Every breach in the homes over the period: totals, then the breaches (most severe first), each
 * naming the person and the shifts.
 */
public record WorkingTimeReportResponse(UUID careHomeId, LocalDate from, LocalDate to, int staffWithFindings,
        Map<String, Long> byRule, Map<String, Long> bySeverity, BigDecimal compensatoryRestOwedHours,
        Page<Breach> breaches) {

    public record Breach(UUID staffId, String staffNumber, String name, UUID careHomeId, FindingResponse finding) {
    }
}
