package io.careops.scheduling.rotahealth.domain;

import io.careops.scheduling.report.domain.Budget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Agency cover: its share of all live hours (100 up to 5%, 0 from 20%, linear between) and its
 * spend against the budget prorated to the days; the lower of the two counts. The spend is the
 * agency report's: each company's charges summed and rounded to the penny, then added up.
 */
public final class AgencyScorer implements Scorer {

    private final int weight;

    public AgencyScorer(int weight) {
        this.weight = weight;
    }

    @Override
    public Component score(RotaSnapshot snapshot, Days days) {
        List<RotaSnapshot.ShiftRow> live = snapshot.homeShifts(days);
        List<RotaSnapshot.ShiftRow> agencyShifts = live.stream().filter(RotaSnapshot.ShiftRow::agency).toList();
        BigDecimal agencyHours = Metrics.hours(agencyShifts);
        BigDecimal allHours = Metrics.hours(live);
        BigDecimal spendFigure = agencyShifts.stream()
                .collect(Collectors.groupingBy(RotaSnapshot.ShiftRow::agencyCompanyId, LinkedHashMap::new,
                        Collectors.toList()))
                .values().stream().map(Metrics::agencySpend).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budgetFigure = Budget.forPeriod(snapshot.home().agencyBudgetMonthly(), days.from(), days.to());
        double share = Metrics.share(agencyHours, allHours);
        double spend = spendFigure.doubleValue();
        double budget = budgetFigure.doubleValue();
        List<Issue> issues = new ArrayList<>();
        if (spend > budget) {
            issues.add(new Issue(Issue.Severity.MEDIUM, "agency", "Agency spend " + spendFigure
                    + " is over the budget of " + budgetFigure + " for the period", null, null, List.of(), List.of()));
        }
        return Component.scored("agency", weight,
                Math.min(Component.falling(share, 0.05, 0.20), Component.withinBudget(spend, budget)),
                Metrics.of("agencyHours", agencyHours, "allHours", allHours, "share", Component.round(share), "spend",
                        spendFigure, "budget", budgetFigure), issues);
    }
}
