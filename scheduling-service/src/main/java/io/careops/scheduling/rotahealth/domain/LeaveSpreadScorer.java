package io.careops.scheduling.rotahealth.domain;

import io.careops.scheduling.workingtime.domain.Leave;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Days on which more than 13% of the home's active staff are away on approved leave (the NHS
 * average, docs/domain.md section 3): 100 x (1 - such days / days).
 */
public final class LeaveSpreadScorer implements Scorer {

    /** Share of staff on leave above which a day is crowded. */
    static final double LEAVE_SHARE = 0.13;

    private final int weight;

    public LeaveSpreadScorer(int weight) {
        this.weight = weight;
    }

    @Override
    public Component score(RotaSnapshot snapshot, Days days) {
        long active = snapshot.staff().stream().filter(RotaSnapshot.Person::active).count();
        Map<UUID, List<Leave>> leaves = snapshot.workingTime().leaves();
        int counted = 0;
        List<Issue> issues = new ArrayList<>();
        double peak = 0;
        for (LocalDate day : days.each()) {
            counted++;
            List<UUID> away = new ArrayList<>();
            for (Map.Entry<UUID, List<Leave>> person : leaves.entrySet()) {
                if (person.getValue().stream().anyMatch(leave -> leave.covers(day))) {
                    away.add(person.getKey());
                }
            }
            away.sort(null);
            double share = active == 0 ? 0 : (double) away.size() / active;
            peak = Math.max(peak, share);
            if (share > LEAVE_SHARE) {
                issues.add(new Issue(Issue.Severity.LOW, "leaveSpread", away.size() + " of " + active
                        + " staff are away on " + day + " (" + Component.round(100 * share) + "%, benchmark 13%)", null,
                        day, List.of(), away));
            }
        }
        double score = counted == 0 ? 100 : 100.0 * (1 - (double) issues.size() / counted);
        return Component.scored("leaveSpread", weight, score, Metrics.of("days", counted, "daysOver13Percent",
                issues.size(), "peakShare", Component.round(peak)), issues);
    }
}
