package io.careops.scheduling.rotahealth.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How evenly overtime is shared: 100 x (1 - Gini of the overtime hours of everyone who worked),
 * less 10 for each person carrying more than twice the average; 100 when there is no overtime.
 */
public final class FairnessScorer implements Scorer {

    private final int weight;

    public FairnessScorer(int weight) {
        this.weight = weight;
    }

    @Override
    public Component score(RotaSnapshot snapshot, Days days) {
        OvertimeFigures figures = OvertimeFigures.of(snapshot, days);
        if (figures.overtimeHours().signum() == 0) {
            return Component.scored("fairness", weight, 100, Metrics.of("gini", BigDecimal.ZERO,
                    "overtimeHours", figures.overtimeHours()), List.of());
        }
        double average = figures.overtimeHours().doubleValue() / Math.max(1, figures.peopleCounted());
        List<Issue> issues = figures.withOvertime().stream()
                .filter(row -> row.overtimeHours().doubleValue() > 2 * average)
                .map(row -> new Issue(Issue.Severity.MEDIUM, "fairness", row.name() + " works " + row.overtimeHours()
                        + " h overtime, more than twice the average of " + Component.round(average) + " h", null, null,
                        List.of(), List.of(row.staffId())))
                .toList();
        double score = 100 * (1 - figures.gini().doubleValue()) - 10.0 * issues.size();
        return Component.scored("fairness", weight, score, Metrics.of("gini", figures.gini(),
                "averageOvertimeHours", Component.round(average), "overTwiceAverage", issues.size()), issues);
    }
}
