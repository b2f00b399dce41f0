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
        // Each person's leave laid over the days once (a person counts once a day, whatever
        // their leaves), instead of every person's leave asked about every day.
        List<LocalDate> each = days.each();
        List<List<UUID>> awayByDay = new ArrayList<>(each.size());
        each.forEach(day -> awayByDay.add(new ArrayList<>()));
        long first = days.from().toEpochDay();
        for (Map.Entry<UUID, List<Leave>> person : leaves.entrySet()) {
            boolean[] marked = null;
            for (Leave leave : person.getValue()) {
                long start = Math.max(first, leave.firstDay().toEpochDay()) - first;
                long end = Math.min(days.to().toEpochDay(), leave.lastDay().toEpochDay()) - first;
                for (long d = start; d <= end; d++) {
                    if (marked == null) {
                        marked = new boolean[each.size()];
                    }
                    if (!marked[(int) d]) {
                        marked[(int) d] = true;
                        awayByDay.get((int) d).add(person.getKey());
                    }
                }
            }
        }
        int counted = 0;
        List<Issue> issues = new ArrayList<>();
        double peak = 0;
        for (int index = 0; index < each.size(); index++) {
            LocalDate day = each.get(index);
            counted++;
            List<UUID> away = awayByDay.get(index);
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
