package io.careops.scheduling.rotahealth.domain;

import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.CompensatoryRest;
import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Severity;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
        return scoreEach(snapshot, List.of(days)).get(0);
    }

    /**
     * Each run judged as {@link #score} judges it, but each person laid out once for all the runs
     * they are judged in ({@link WorkingTimeEngine#assessReports}: every run on the record its
     * own report reads).
     */
    @Override
    public List<Component> scoreEach(RotaSnapshot snapshot, List<Days> runs) {
        return scoreEachLater(snapshot, runs, Runnable::run, 1).get();
    }

    /**
     * As {@link #scoreEach(RotaSnapshot, List)}, the people judged in {@code parts} parts, each
     * handed to {@code executor}; the components once they are judged, when asked for (the answer
     * is the same whatever the parts). The parts never wait for each other.
     */
    public Supplier<List<Component>> scoreEachLater(RotaSnapshot snapshot, List<Days> runs, Executor executor,
            int parts) {
        RotaSnapshot.WorkingTime workingTime = snapshot.workingTime();
        List<Set<UUID>> inScope = new ArrayList<>();
        // Only someone on a scored shift can have a finding that counts: every finding and every
        // rest owed names the shifts behind it. For each person, the runs they are judged in.
        Map<UUID, List<Integer>> runsOf = new LinkedHashMap<>();
        for (int run = 0; run < runs.size(); run++) {
            List<RotaSnapshot.ShiftRow> scored = snapshot.shiftsInScope(runs.get(run));
            inScope.add(scored.stream().map(RotaSnapshot.ShiftRow::id).collect(Collectors.toSet()));
            for (RotaSnapshot.ShiftRow shift : scored) {
                RotaSnapshot.Person person = snapshot.member(shift.staffId());
                if (person != null && workingTime.periods().containsKey(person.id())) {
                    List<Integer> theirs = runsOf.computeIfAbsent(person.id(), key -> new ArrayList<>());
                    if (theirs.isEmpty() || theirs.get(theirs.size() - 1) != run) {
                        theirs.add(run);
                    }
                }
            }
        }
        // Each person judged on their own: the people split into parts, each on the executor, their
        // assessments put back in the same order.
        List<Map.Entry<UUID, List<Integer>>> toJudge = new ArrayList<>(runsOf.entrySet());
        int size = Math.max(1, (toJudge.size() + parts - 1) / Math.max(1, parts));
        List<CompletableFuture<List<List<Assessment>>>> work = new ArrayList<>();
        for (int first = 0; first < toJudge.size(); first += size) {
            List<Map.Entry<UUID, List<Integer>>> some = toJudge.subList(first, Math.min(toJudge.size(), first + size));
            work.add(CompletableFuture.supplyAsync(() -> judge(snapshot, runs, some), executor));
        }
        return () -> components(snapshot, runs, inScope, toJudge, work);
    }

    private List<Component> components(RotaSnapshot snapshot, List<Days> runs, List<Set<UUID>> inScope,
            List<Map.Entry<UUID, List<Integer>>> toJudge, List<CompletableFuture<List<List<Assessment>>>> work) {
        List<List<Judged>> judgedByRun = new ArrayList<>();
        runs.forEach(run -> judgedByRun.add(new ArrayList<>()));
        int next = 0;
        for (CompletableFuture<List<List<Assessment>>> part : work) {
            for (List<Assessment> assessments : joined(part)) {
                Map.Entry<UUID, List<Integer>> judged = toJudge.get(next++);
                RotaSnapshot.Person person = snapshot.member(judged.getKey());
                for (int k = 0; k < judged.getValue().size(); k++) {
                    judgedByRun.get(judged.getValue().get(k)).add(new Judged(person, assessments.get(k)));
                }
            }
        }
        List<Component> components = new ArrayList<>();
        for (int run = 0; run < runs.size(); run++) {
            components.add(component(snapshot.workingTime(), judgedByRun.get(run), inScope.get(run)));
        }
        return components;
    }

    /** Each person's assessment in each of their runs ({@link WorkingTimeEngine#assessReports}). */
    private static List<List<Assessment>> judge(RotaSnapshot snapshot, List<Days> runs,
            List<Map.Entry<UUID, List<Integer>>> people) {
        RotaSnapshot.WorkingTime workingTime = snapshot.workingTime();
        List<List<Assessment>> judged = new ArrayList<>(people.size());
        for (Map.Entry<UUID, List<Integer>> one : people) {
            RotaSnapshot.Person person = snapshot.member(one.getKey());
            List<Focus> foci = new ArrayList<>(one.getValue().size());
            LocalDate from = null;
            LocalDate to = null;
            for (int run : one.getValue()) {
                Days days = runs.get(run);
                foci.add(Focus.days(days.from(), days.to()));
                from = from == null || days.from().isBefore(from) ? days.from() : from;
                to = to == null || days.to().isAfter(to) ? days.to() : to;
            }
            judged.add(WorkingTimeEngine.assessReports(person.worker(), workingTime.regime(),
                    workingTime.recordOf(person.id(), new Days(from, to)), foci));
        }
        return judged;
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private record Judged(RotaSnapshot.Person person, Assessment assessment) {
    }

    private Component component(RotaSnapshot.WorkingTime workingTime, List<Judged> judged, Set<UUID> inScope) {
        judged.sort(Comparator.comparing((Judged j) -> j.person().lastName())
                .thenComparing(j -> j.person().staffNumber()));
        int violations = 0;
        long owedMinutes = 0;
        List<Issue> issues = new ArrayList<>();
        for (Judged one : judged) {
            RotaSnapshot.Person person = one.person();
            Assessment assessment = one.assessment();
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
            Set<String> given = workingTime.restGiven().getOrDefault(person.id(), Set.of());
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
