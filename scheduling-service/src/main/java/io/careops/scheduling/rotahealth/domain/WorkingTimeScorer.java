package io.careops.scheduling.rotahealth.domain;

import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.CompensatoryRest;
import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Severity;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Working Time Regulations on the shifts scored: 100, less 20 for each violation and 2 for
 * each hour of compensatory rest still owed (not recorded as given). The working-time engine
 * judges each member of staff on the shifts scored, on the record a working-time report of those
 * days reads; a finding counts when one of its shifts is scored (warnings do not count).
 */
public final class WorkingTimeScorer implements Scorer {

    private final int weight;

    public WorkingTimeScorer(int weight) {
        this.weight = weight;
    }

    @Override
    public Component score(RotaSnapshot snapshot, Days days) {
        List<RotaSnapshot.ShiftRow> scored = snapshot.shiftsInScope(days);
        Set<UUID> inScope = scored.stream().map(RotaSnapshot.ShiftRow::id).collect(Collectors.toSet());
        // Only someone on a scored shift can have a finding that counts: every finding and every
        // rest owed names the shifts behind it.
        List<RotaSnapshot.Person> judged = scored.stream().map(shift -> snapshot.member(shift.staffId()))
                .filter(person -> person != null && snapshot.workingTime().periods().containsKey(person.id()))
                .distinct()
                .sorted(Comparator.comparing(RotaSnapshot.Person::lastName).thenComparing(RotaSnapshot.Person::staffNumber))
                .toList();
        Focus focus = Focus.days(days.from(), days.to());
        int violations = 0;
        long owedMinutes = 0;
        List<Issue> issues = new ArrayList<>();
        for (RotaSnapshot.Person person : judged) {
            Assessment assessment = WorkingTimeEngine.assess(person.worker(), snapshot.workingTime().regime(),
                    snapshot.workingTime().recordOf(person.id(), days), focus);
            for (Finding finding : assessment.findings()) {
                if (finding.severity() == Severity.WARNING || finding.shiftIds().stream().noneMatch(inScope::contains)) {
                    continue;
                }
                boolean violation = finding.severity() == Severity.VIOLATION;
                violations += violation ? 1 : 0;
                issues.add(new Issue(violation ? Issue.Severity.HIGH : Issue.Severity.LOW, "workingTime",
                        person.fullName() + ": " + finding.rule() + " (" + finding.regulation() + ") " + finding.message(),
                        null, finding.date(), finding.shiftIds(), List.of(person.id())));
            }
            Set<String> given = snapshot.workingTime().restGiven().getOrDefault(person.id(), Set.of());
            for (CompensatoryRest rest : assessment.compensatoryRest()) {
                if (!given.contains(rest.key()) && rest.shiftIds().stream().anyMatch(inScope::contains)) {
                    owedMinutes += rest.minutes();
                }
            }
        }
        double owedHours = owedMinutes / 60.0;
        return Component.scored("workingTime", weight, 100 - 20.0 * violations - 2 * owedHours,
                Metrics.of("violations", violations, "compensatoryRestOwedHours", Component.round(owedHours)), issues);
    }
}
