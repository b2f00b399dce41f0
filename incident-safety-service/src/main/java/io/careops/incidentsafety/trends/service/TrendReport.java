package io.careops.incidentsafety.trends.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every figure of a trend report, each counted from stored records. */
public record TrendReport(@Schema(nullable = true) UUID careHomeId, LocalDate from, LocalDate to, String interval, java.util.List<Period> periods,
        Totals totals, ActionPlans actionPlans) {

    /**
     * One period. {@code byUnit} keys are unit ids, or {@code "unassigned"}. {@code change}
     * compares the incident count with the period before (the first period with the one before
     * {@code from}).
     */
    public record Period(LocalDate start, LocalDate end, long incidents, Map<String, Long> byType,
            Map<String, Long> byTypeGroup, Map<String, Long> bySeverity, Map<String, Long> byUnit, Change change,
            AnalysisCompletion analysis) {
    }

    /** {@code percent} is null when the previous period had none. */
    public record Change(long previous, long difference, @Schema(nullable = true) Double percent) {
    }

    /** Of the incidents needing investigation, how many have an approved analysis. */
    public record AnalysisCompletion(long required, long approved, @Schema(nullable = true) Double completionRate) {
    }

    /** {@code medianDaysToClose}: from the day it happened to the day it closed, closed incidents only. */
    public record Totals(long incidents, AnalysisCompletion analysis, long closed, @Schema(nullable = true) Double medianDaysToClose) {
    }

    /**
     * Plans identified in the range. {@code open}: not closed; {@code overdue}: work outstanding
     * past the target date today; {@code verifiedEffective}: an effectiveness review found them
     * effective; {@code medianDaysToClose}: identified to closed, closed plans only.
     */
    public record ActionPlans(long identified, long open, long overdue, long verifiedEffective, long closed,
            @Schema(nullable = true) Double medianDaysToClose) {
    }
}
