package io.careops.scheduling.rotahealth.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Overtime: its share of the hours worked (100 up to 10%, 0 from 30%, linear between) and its
 * known cost against the budget prorated to the days (100 within it, less its share of the budget
 * for each pound over); the lower of the two counts.
 */
public final class OvertimeScorer implements Scorer {

    private final int weight;

    public OvertimeScorer(int weight) {
        this.weight = weight;
    }

    @Override
    public Component score(RotaSnapshot snapshot, Days days) {
        OvertimeFigures figures = OvertimeFigures.of(snapshot, days);
        double share = Metrics.share(figures.overtimeHours(), figures.allHours());
        double spend = figures.knownCost().doubleValue();
        double budget = figures.budget().doubleValue();
        List<Issue> issues = new ArrayList<>();
        if (spend > budget) {
            issues.add(new Issue(Issue.Severity.MEDIUM, "overtime", "Overtime spend " + Component.round(spend)
                    + " is over the budget of " + figures.budget() + " for the period", null, null, List.of(), List.of()));
        }
        return Component.scored("overtime", weight,
                Math.min(Component.falling(share, 0.10, 0.30), Component.withinBudget(spend, budget)),
                Metrics.of("overtimeHours", figures.overtimeHours(), "allHours", figures.allHours(), "share",
                        Component.round(share), "spend", Component.round(spend), "budget", figures.budget()), issues);
    }
}
