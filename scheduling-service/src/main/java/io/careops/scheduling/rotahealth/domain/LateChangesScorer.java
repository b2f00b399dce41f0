package io.careops.scheduling.rotahealth.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Shifts created, or changed before they started, less than 7 days ahead (the rota was published
 * late): 100 x (1 - late shifts / shifts).
 */
public final class LateChangesScorer implements Scorer {

    static final Duration PUBLISHED_AHEAD = Duration.ofDays(7);

    private final int weight;

    public LateChangesScorer(int weight) {
        this.weight = weight;
    }

    @Override
    public Component score(RotaSnapshot snapshot, Days days) {
        List<RotaSnapshot.ShiftRow> shifts = snapshot.shiftsInScope(days);
        List<RotaSnapshot.ShiftRow> late = shifts.stream().filter(LateChangesScorer::late).toList();
        List<Issue> issues = late.stream().map(shift -> new Issue(Issue.Severity.LOW, "lateChanges", "Shift on "
                + shift.date() + " was created or changed less than 7 days before it started", shift.unitId(),
                shift.date(), List.of(shift.id()), shift.staffId() == null ? List.of() : List.of(shift.staffId())))
                .toList();
        double score = shifts.isEmpty() ? 100 : 100.0 * (1 - (double) late.size() / shifts.size());
        return Component.scored("lateChanges", weight, score, Metrics.of("shifts", shifts.size(), "late", late.size()),
                issues);
    }

    private static boolean late(RotaSnapshot.ShiftRow shift) {
        Instant startsAt = shift.times().startsAt();
        Instant cutoff = startsAt.minus(PUBLISHED_AHEAD);
        boolean createdLate = shift.createdAt().isAfter(cutoff);
        boolean changedLate = shift.updatedAt().isAfter(cutoff) && shift.updatedAt().isBefore(startsAt);
        return createdLate || changedLate;
    }
}
