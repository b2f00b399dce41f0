package io.careops.scheduling.workingtime.service;

import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.CompensatoryRest;
import io.careops.scheduling.workingtime.domain.CompensatoryRestGiven;
import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Leave;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.Standing;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.WorkRecord;
import io.careops.scheduling.workingtime.domain.Worker;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import io.careops.scheduling.workingtime.domain.WorkingTimeOverride;
import io.careops.scheduling.workingtime.domain.WorkingTimeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Working time for one person: judging a proposed shift, guarding an assignment, where they
 * stand on a day, and compensatory rest recorded as given.
 */
@ApplicationScoped
public class WorkingTimeService {

    private final WorkingTimeRepository records;
    private final CareHomeService homes;
    private final JsonWebToken caller;
    private final Clock clock;
    private final int compensatoryRestWithinDays;

    public WorkingTimeService(WorkingTimeRepository records, CareHomeService homes,
            JsonWebToken caller, Clock clock,
            @ConfigProperty(name = "careops.working-time.compensatory-rest-within-days", defaultValue = "14")
            int compensatoryRestWithinDays) {
        this.records = records;
        this.homes = homes;
        this.caller = caller;
        this.clock = clock;
        this.compensatoryRestWithinDays = compensatoryRestWithinDays;
    }

    public Regime regime(CareHome home) {
        return new Regime(home.timeZone(), home.workingTime().referenceWeeks(), home.workingTime().specialCase(),
                compensatoryRestWithinDays);
    }

    public static Worker worker(Staff staff) {
        return new Worker(staff.id(), staff.dateOfBirth(), staff.optOutSignedOn(), staff.optOutEndedOn(),
                staff.nightWorker(), staff.employmentStart(), staff.contractedToWorkAfter22());
    }

    /**
     * Every rule the proposed shift takes part in, judged against the person's shifts and leave
     * from a reference period before it to two after (the days after a period can make up its
     * excluded days). A saved shift being judged is read as proposed, not as saved.
     */
    @Transactional
    public Assessment check(Staff member, WorkPeriod proposed) {
        Regime regime = regime(homes.ofPerson(member.careHomeId()));
        LocalDate from = proposed.rotaDate().minusWeeks(regime.referenceWeeks() + 1L);
        LocalDate to = proposed.rotaDate().plusWeeks(2L * regime.referenceWeeks() + 1);
        List<WorkPeriod> periods = new ArrayList<>(records.periods(member.id(), from, to, proposed.shiftId()));
        periods.add(proposed);
        List<Leave> leaves = records.leavesOfStaff(List.of(member.id()), from, to).getOrDefault(member.id(), List.of());
        return WorkingTimeEngine.assess(worker(member), regime, new WorkRecord(periods, leaves, from, to),
                Focus.shift(proposed, regime.referenceWeeks()));
    }

    /**
     * The check an assignment runs: violations refuse it (422 naming each) unless a manager
     * gives a reason, which is kept with the violations it overrode.
     */
    @Transactional
    public Assessment guard(Staff member, WorkPeriod proposed, String overrideReason) {
        return decide(member, proposed, check(member, proposed), overrideReason);
    }

    /** A person and a shift to judge, for {@link #checkAll}. */
    public record Proposal(Staff member, WorkPeriod period) {
    }

    /**
     * The same check for many shifts at once (a bulk plan), in request order: everyone's shifts
     * and leave are read in two queries, not two per shift, and each person's record is laid out
     * once for all of their shifts. The shifts must already be saved.
     */
    @Transactional
    public List<Assessment> checkAll(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        LocalDate first = proposals.stream().map(p -> p.period().rotaDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = proposals.stream().map(p -> p.period().rotaDate()).max(LocalDate::compareTo).orElseThrow();
        Loaded loaded = load(proposals.stream().map(Proposal::member).toList(), first, last, 2);
        // One record per person, laid out once, with each of their proposals judged in it.
        Map<UUID, List<Integer>> byPerson = new java.util.LinkedHashMap<>();
        for (int i = 0; i < proposals.size(); i++) {
            byPerson.computeIfAbsent(proposals.get(i).member().id(), id -> new ArrayList<>()).add(i);
        }
        Assessment[] answers = new Assessment[proposals.size()];
        byPerson.forEach((staffId, indexes) -> {
            Staff member = proposals.get(indexes.get(0)).member();
            Regime regime = loaded.regimes().get(member.careHomeId());
            List<WorkPeriod> proposed = indexes.stream().map(i -> proposals.get(i).period()).toList();
            Set<UUID> proposedIds = proposed.stream().map(WorkPeriod::shiftId).collect(Collectors.toSet());
            List<WorkPeriod> theirs = new ArrayList<>(loaded.periods().getOrDefault(staffId, List.of()).stream()
                    .filter(period -> !proposedIds.contains(period.shiftId())).toList());
            theirs.addAll(proposed);
            List<Assessment> assessed = WorkingTimeEngine.assessEach(worker(member), regime, new WorkRecord(theirs,
                    loaded.leaves().getOrDefault(staffId, List.of()), loaded.from(), loaded.to()),
                    proposed.stream().map(period -> Focus.shift(period, regime.referenceWeeks())).toList());
            for (int k = 0; k < indexes.size(); k++) {
                answers[indexes.get(k)] = assessed.get(k);
            }
        });
        return List.of(answers);
    }

    /**
     * The violations in each person's record between {@code from} and {@code to} (history, as
     * an import brought it in): everyone's shifts and leave read in two queries, with a reference
     * period of context on each side. Nothing is refused or changed; the caller decides what to
     * do with what was found.
     */
    @Transactional
    public Map<UUID, List<Finding>> violations(List<Staff> people, LocalDate from, LocalDate to) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Loaded loaded = load(people, from, to, 1);
        Map<UUID, List<Finding>> found = new HashMap<>();
        for (Staff member : people) {
            List<WorkPeriod> theirs = loaded.periods().getOrDefault(member.id(), List.of());
            if (theirs.isEmpty()) {
                continue;
            }
            Assessment assessment = WorkingTimeEngine.assess(worker(member), loaded.regimes().get(member.careHomeId()),
                    new WorkRecord(theirs, loaded.leaves().getOrDefault(member.id(), List.of()), loaded.from(), loaded.to()),
                    Focus.days(from, to));
            if (!assessment.violations().isEmpty()) {
                found.put(member.id(), assessment.violations());
            }
        }
        return found;
    }

    /** Everyone's regime, and their shifts and leave from {@code from} to {@code to}. */
    private record Loaded(Map<UUID, Regime> regimes, LocalDate from, LocalDate to, Map<UUID, List<WorkPeriod>> periods,
            Map<UUID, List<Leave>> leaves) {
    }

    /**
     * Several people's records in two queries: from a reference period and a week before
     * {@code firstDay} to {@code periodsAfter} reference periods and a week after {@code lastDay}
     * (the longest reference period of their homes). Read as plain values ({@link WorkingTimeRepository#periodsOfStaff},
     * {@link WorkingTimeRepository#leavesOfStaff}):
     * the entity queries cost more in Hibernate than in PostgreSQL.
     */
    private Loaded load(List<Staff> people, LocalDate firstDay, LocalDate lastDay, int periodsAfter) {
        Map<UUID, Regime> regimes = new HashMap<>();
        people.forEach(member -> regimes.computeIfAbsent(member.careHomeId(), id -> regime(homes.ofPerson(id))));
        int weeks = regimes.values().stream().mapToInt(Regime::referenceWeeks).max().orElseThrow();
        LocalDate from = firstDay.minusWeeks(weeks + 1L);
        LocalDate to = lastDay.plusWeeks((long) periodsAfter * weeks + 1);
        Set<UUID> ids = people.stream().map(Staff::id).collect(Collectors.toSet());
        return new Loaded(regimes, from, to, records.periodsOfStaff(ids, from, to).asMap(),
                records.leavesOfStaff(ids, from, to));
    }

    /** Violations refuse the shift unless a manager's reason overrides them; the override is kept. */
    public Assessment decide(Staff member, WorkPeriod proposed, Assessment assessment, String overrideReason) {
        List<Finding> violations = assessment.violations();
        if (violations.isEmpty()) {
            return assessment;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            List<Problem.FieldError> errors = violations.stream().map(violation -> new Problem.FieldError("staffId",
                    violation.rule() + " (" + violation.regulation() + "): " + violation.message())).toList();
            throw new ProblemException(ProblemType.RULE_VIOLATION, member.fullName() + " cannot work this shift: "
                    + violations.size() + " working-time violation(s). A manager may override with a reason"
                    + " (workingTimeOverrideReason); POST /api/v1/working-time/check shows the figures.", errors);
        }
        if (overrideReason.strip().length() < 10) {
            throw ProblemException.ruleViolation("workingTimeOverrideReason", "give a reason of at least 10 characters");
        }
        records.persist(WorkingTimeOverride.record(proposed.shiftId(), member.id(), member.careHomeId(), overrideReason,
                violations, caller.getName(), clock.instant()));
        return assessment;
    }

    /** "Today" at the person's home: the home's zone, the one clock. */
    public LocalDate today(Staff member) {
        return homes.today(member.careHomeId());
    }

    /** The person's record around {@code day}: enough for every reference period that ends in the period before it. */
    @Transactional
    public Report standing(Staff member, LocalDate day) {
        CareHome home = homes.get(member.careHomeId());
        Regime regime = regime(home);
        LocalDate periodFrom = day.minusWeeks(regime.referenceWeeks()).plusDays(1);
        LocalDate from = periodFrom.minusWeeks(regime.referenceWeeks() + 1L);
        LocalDate to = day.plusWeeks(regime.referenceWeeks());
        List<WorkPeriod> periods = records.periods(member.id(), from, to, null);
        List<Leave> leaves = records.leavesOfStaff(List.of(member.id()), from, to).getOrDefault(member.id(), List.of());
        WorkRecord record = new WorkRecord(periods, leaves, from, to);
        Worker worker = worker(member);
        Assessment assessment = WorkingTimeEngine.assess(worker, regime, record, Focus.days(periodFrom, day));
        List<CompensatoryRestGiven> given = records.restGiven(List.of(member.id()));
        List<CompensatoryRest> owed = outstanding(assessment.compensatoryRest(), given);
        return new Report(member, home, regime, WorkingTimeEngine.standing(worker, regime, record, day), assessment,
                owed, given);
    }

    /** Where a person stands, with what the rules found over the reference period to that day. */
    public record Report(Staff member, CareHome home, Regime regime, Standing standing, Assessment assessment,
            List<CompensatoryRest> owed, List<CompensatoryRestGiven> given) {
    }

    /** Records that the rest owed for one shortfall was given; 422 unless that shortfall is owed, 409 if already given. */
    @Transactional
    public CompensatoryRestGiven recordRestGiven(Staff member, String key, LocalDate arisesOn, LocalDate givenOn,
            String note) {
        Regime regime = regime(homes.get(member.careHomeId()));
        LocalDate from = arisesOn.minusWeeks(2);
        LocalDate to = arisesOn.plusWeeks(2);
        List<WorkPeriod> periods = records.periods(member.id(), from, to, null);
        Assessment assessment = WorkingTimeEngine.assess(worker(member), regime,
                new WorkRecord(periods, List.of(), from, to), Focus.days(arisesOn.minusDays(1), arisesOn.plusDays(7)));
        CompensatoryRest owed = assessment.compensatoryRest().stream().filter(rest -> rest.key().equals(key))
                .findFirst().orElseThrow(() -> ProblemException.ruleViolation("key",
                        "no compensatory rest " + key + " is owed by the rota around " + arisesOn));
        if (records.restGiven(List.of(member.id())).stream().anyMatch(given -> given.shortfallKey().equals(key))) {
            throw ProblemException.conflict("compensatory rest for " + key + " is already recorded as given");
        }
        if (givenOn.isBefore(owed.arisesOn())) {
            throw ProblemException.ruleViolation("givenOn", "rest cannot be given before the shortfall, " + owed.arisesOn());
        }
        CompensatoryRestGiven given = CompensatoryRestGiven.record(member.id(), member.careHomeId(), owed, givenOn, note,
                caller.getName(), clock.instant());
        records.persist(given);
        return given;
    }

    static List<CompensatoryRest> outstanding(List<CompensatoryRest> owed, List<CompensatoryRestGiven> given) {
        var settled = given.stream().map(CompensatoryRestGiven::shortfallKey).collect(java.util.stream.Collectors.toSet());
        return owed.stream().filter(rest -> !settled.contains(rest.key())).toList();
    }

    public List<WorkingTimeOverride> overrides(UUID shiftId) {
        return records.overrides(shiftId);
    }
}
