package io.careops.scheduling.rotahealth.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Of the unit periods with anyone on shift, the share with a supervisory person (a senior or a
 * manager of the home) among them: 100 x supervised / staffed periods.
 */
public final class SkillMixScorer implements Scorer {

    private final int weight;

    public SkillMixScorer(int weight) {
        this.weight = weight;
    }

    @Override
    public Component score(RotaSnapshot snapshot, Days days) {
        var bySlot = snapshot.shiftsInScope(days).stream().filter(shift -> !shift.open())
                .collect(Collectors.groupingBy(shift -> CoverageScorer.key(shift.unitId(), shift.date(),
                        shift.times().period()), LinkedHashMap::new, Collectors.toList()));
        int supervised = 0;
        List<Issue> issues = new ArrayList<>();
        for (List<RotaSnapshot.ShiftRow> inSlot : bySlot.values()) {
            boolean hasSupervisor = inSlot.stream().map(shift -> snapshot.member(shift.staffId()))
                    .anyMatch(person -> person != null && snapshot.supervisoryRoles().contains(person.roleCode()));
            if (hasSupervisor) {
                supervised++;
            } else {
                RotaSnapshot.ShiftRow first = inSlot.get(0);
                issues.add(new Issue(Issue.Severity.MEDIUM, "skillMix", "No senior or manager on "
                        + unitName(snapshot, first.unitId()) + " " + first.times().period() + " " + first.date(),
                        first.unitId(), first.date(), inSlot.stream().map(RotaSnapshot.ShiftRow::id).toList(),
                        inSlot.stream().map(RotaSnapshot.ShiftRow::staffId).filter(Objects::nonNull).toList()));
            }
        }
        double score = bySlot.isEmpty() ? 100 : 100.0 * supervised / bySlot.size();
        return Component.scored("skillMix", weight, score, Metrics.of("staffedPeriods", bySlot.size(), "withSupervisor",
                supervised), issues);
    }

    private static String unitName(RotaSnapshot snapshot, UUID unitId) {
        return snapshot.unitsInScope().stream().filter(unit -> unit.id().equals(unitId))
                .map(RotaSnapshot.UnitFloor::name).findFirst().orElse("unit");
    }
}
