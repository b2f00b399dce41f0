package io.careops.scheduling.rotahealth.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One part of the score: its weight, its score out of 100 (null when it could not be computed,
 * with the reason in {@code note}), the figures it used and its issues.
 */
public record Component(String name, int weight, @Schema(nullable = true) BigDecimal score, boolean available, @Schema(nullable = true) String note,
        Map<String, Object> metrics, List<Issue> issues) {

    public static Component scored(String name, int weight, double score, Map<String, Object> metrics,
            List<Issue> issues) {
        return new Component(name, weight, round(Math.max(0, Math.min(100, score))), true, null, metrics, issues);
    }

    public static Component unavailable(String name, int weight, String note) {
        return new Component(name, weight, null, false, note, Map.of(), List.of());
    }

    /** The same component with its issues' units named. */
    public Component named(Map<java.util.UUID, String> unitNames) {
        return new Component(name, weight, score, available, note, metrics,
                issues.stream().map(issue -> issue.named(unitNames)).toList());
    }

    public static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** 100 at or below {@code good}, 0 at or above {@code bad}, linear between. */
    public static double falling(double value, double good, double bad) {
        if (value <= good) {
            return 100;
        }
        return value >= bad ? 0 : 100 * (bad - value) / (bad - good);
    }

    /** 100 within budget; each pound over takes its share of the budget off, down to 0. */
    public static double withinBudget(double spend, double budget) {
        if (spend <= budget) {
            return 100;
        }
        return budget <= 0 ? 0 : Math.max(0, 100 * (1 - (spend - budget) / budget));
    }
}
