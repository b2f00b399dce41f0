package io.careops.scheduling.workingtime.api;

import io.careops.platform.paging.PageRequest;
import io.careops.scheduling.workingtime.domain.CompensatoryRest;
import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.support.Period;
import io.careops.scheduling.workingtime.service.WorkingTimeReportService;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every breach in the homes over the period: totals, then a page of the breaches (most severe
 * first), each naming the person and the shifts. A list like every other: {@code items, page,
 * size, totalItems, totalPages}, with the report's totals beside them.
 */
public record WorkingTimeReportResponse(@Schema(nullable = true) UUID careHomeId, LocalDate from, LocalDate to, int staffWithFindings,
        Map<String, Long> byRule, Map<String, Long> bySeverity, BigDecimal compensatoryRestOwedHours,
        List<Breach> items, int page, int size, long totalItems, int totalPages) {

    public record Breach(UUID staffId, String staffNumber, String name, UUID careHomeId, FindingResponse finding) {
    }

    static WorkingTimeReportResponse of(UUID careHomeId, Period period,
            List<WorkingTimeReportService.PersonResult> results, boolean withWarnings, PageRequest page) {
        List<Map.Entry<WorkingTimeReportService.PersonResult, Finding>> findings =
                WorkingTimeReportService.findings(results, withWarnings);
        Map<String, Long> byRule = findings.stream().collect(Collectors.groupingBy(e -> e.getValue().rule().name(),
                TreeMap::new, Collectors.counting()));
        Map<String, Long> bySeverity = findings.stream().collect(Collectors.groupingBy(
                e -> e.getValue().severity().name(), TreeMap::new, Collectors.counting()));
        long owed = results.stream().flatMap(r -> r.owed().stream()).mapToLong(CompensatoryRest::minutes).sum();
        int first = (int) Math.min(findings.size(), (long) page.page() * page.size());
        List<Breach> items = findings.subList(first, Math.min(findings.size(), first + page.size())).stream()
                .map(e -> new Breach(e.getKey().member().id(), e.getKey().member().staffNumber(),
                        e.getKey().member().fullName(), e.getKey().home().id(), FindingResponse.of(e.getValue())))
                .toList();
        int totalPages = (int) Math.ceil(findings.size() / (double) page.size());
        return new WorkingTimeReportResponse(careHomeId, period.from(), period.to(), results.size(), byRule, bySeverity,
                CompensatoryRestResponse.hours(owed), items, page.page(), page.size(), findings.size(), totalPages);
    }
}
