package io.careops.scheduling.rotahealth.service;

import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.eligibility.domain.CertificationVerdict;
import io.careops.scheduling.eligibility.domain.Eligibility;
import io.careops.scheduling.eligibility.service.GuardedCompliance;
import io.careops.scheduling.report.service.ReportService;
import io.careops.scheduling.rotahealth.domain.AgencyScorer;
import io.careops.scheduling.rotahealth.domain.CertificationsScorer;
import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.CoverageScorer;
import io.careops.scheduling.rotahealth.domain.Days;
import io.careops.scheduling.rotahealth.domain.FairnessScorer;
import io.careops.scheduling.rotahealth.domain.Issue;
import io.careops.scheduling.rotahealth.domain.LateChangesScorer;
import io.careops.scheduling.rotahealth.domain.LeaveSpreadScorer;
import io.careops.scheduling.rotahealth.domain.LiveShiftRepository;
import io.careops.scheduling.rotahealth.domain.OvertimeScorer;
import io.careops.scheduling.rotahealth.domain.RotaSnapshot;
import io.careops.scheduling.rotahealth.domain.Score;
import io.careops.scheduling.rotahealth.domain.Scorer;
import io.careops.scheduling.rotahealth.domain.SkillMixScorer;
import io.careops.scheduling.rotahealth.domain.Suggestion;
import io.careops.scheduling.rotahealth.domain.Weights;
import io.careops.scheduling.rotahealth.domain.WorkingTimeScorer;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.shifttype.domain.ShiftTypeRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Leave;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import io.careops.scheduling.workingtime.service.WorkingTimeReportService;
import io.careops.scheduling.workingtime.service.WorkingTimeService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The rota health score of a home (or one unit) over a period, and its weekly history. The rota
 * is read once into a {@link RotaSnapshot} (a fixed number of queries, {@link RotaSnapshotLoader}),
 * compliance is asked once, outside any transaction (on a thread of the bounded pool
 * {@link ComplianceCalls}, while the rota is read and the components that do not need its answer
 * are scored; on the request's thread when that pool has not begun it), through the guarded client, and the nine
 * scorers of {@code rotahealth.domain} each compute their component from the snapshot, the
 * working-time scorer on the small pool {@link RotaHealthWork} (a second core) while the others and
 * the suggestions run on the request's thread. A history
 * scores every week from one snapshot. Suggestions for open shifts are made here: they apply the
 * one eligibility policy and the working-time engine to the home's staff.
 */
@ApplicationScoped
public class RotaHealthService {

    private static final Logger LOG = Logger.getLogger(RotaHealthService.class);
    private static final int MAX_SUGGESTIONS = 10;
    private static final int CANDIDATES = 3;
    /** Engine runs per open shift at most: the suggestions stay cheap on a home of 500 staff. */
    private static final int CHECKS_PER_SHIFT = 20;

    private final CareHomeService homes;
    private final RotaSnapshotLoader loader;
    private final ShiftTypeRepository shiftTypes;
    private final WorkingTimeReportService workingTimeReports;
    private final GuardedCompliance compliance;
    private final JsonWebToken caller;
    private final List<Scorer> scorers;
    private final WorkingTimeScorer workingTimeScorer;
    private final RotaHealthWork work;
    /** The bounded pool on which the compliance calls start while the rota is read. */
    private final ComplianceCalls complianceCalls;

    public RotaHealthService(CareHomeService homes, RotaSnapshotLoader loader, ShiftTypeRepository shiftTypes,
            WorkingTimeReportService workingTimeReports, GuardedCompliance compliance, JsonWebToken caller,
            Weights weights, RotaHealthWork work, ComplianceCalls complianceCalls) {
        this.homes = homes;
        this.loader = loader;
        this.shiftTypes = shiftTypes;
        this.workingTimeReports = workingTimeReports;
        this.compliance = compliance;
        this.caller = caller;
        this.work = work;
        this.complianceCalls = complianceCalls;
        this.workingTimeScorer = new WorkingTimeScorer(weights.workingTime());
        this.scorers = List.of(new CoverageScorer(weights.coverage()), new SkillMixScorer(weights.skillMix()),
                workingTimeScorer, new OvertimeScorer(weights.overtime()),
                new AgencyScorer(weights.agency()), new FairnessScorer(weights.fairness()),
                new CertificationsScorer(weights.certifications()), new LateChangesScorer(weights.lateChanges()),
                new LeaveSpreadScorer(weights.leaveSpread()));
    }

    /** A home's (or unit's) health over a period: score, components, issues (at most {@code issueLimit}), suggestions. */
    public record Health(UUID careHomeId, UUID unitId, LocalDate from, LocalDate to, Score score,
            List<Component> components, List<Issue> issues, int issuesTotal, List<Suggestion> suggestions) {
    }

    /** The score of one Monday-to-Sunday week. */
    public record WeekScore(LocalDate from, LocalDate to, Score score) {
    }

    /**
     * Not transactional: the rota is read in the loader's own short transaction, during which
     * compliance is asked on a thread of its own; the answer is awaited after that has ended and
     * the components that do not read it are scored.
     */
    public Health assess(UUID careHomeId, UUID unitId, LocalDate from, LocalDate to, int issueLimit) {
        ReportService.requirePeriod(from, to);
        RotaSnapshotLoader.Loaded loaded = loader.load(careHomeId, unitId, from, to, askInBackground());
        Days days = new Days(from, to);
        // The suggestions are made on this thread while the working-time scorer may still run.
        Scored scored = score(loaded, List.of(days), answered -> suggest(loaded, answered,
                CoverageScorer.openBelowMinimum(answered, days).stream().limit(MAX_SUGGESTIONS)
                        .map(loaded.shifts()::get).map(ToFill::of).toList()));
        RotaSnapshot snapshot = scored.snapshot();
        Map<UUID, String> unitNames = snapshot.units().stream()
                .collect(Collectors.toMap(RotaSnapshot.UnitFloor::id, RotaSnapshot.UnitFloor::name));
        List<Component> components = scored.of(0).stream().map(component -> component.named(unitNames)).toList();
        List<Issue> issues = components.stream().flatMap(component -> component.issues().stream())
                .sorted(Comparator.comparing(Issue::severity).thenComparing(Issue::date,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Issue::component))
                .toList();
        return new Health(snapshot.home().id(), unitId, from, to, Score.of(components), components,
                issues.subList(0, Math.min(issueLimit, issues.size())), issues.size(), scored.suggestions());
    }

    /** The score of each of the last {@code weeks} weeks up to this one, oldest first, from one snapshot. */
    public List<WeekScore> history(UUID careHomeId, int weeks) {
        RotaSnapshotLoader.Loaded loaded = loader.loadWeeks(careHomeId, weeks, askInBackground());
        RotaSnapshot read = loaded.snapshot();
        List<Days> mondays = new ArrayList<>();
        for (LocalDate monday = read.from(); !monday.isAfter(read.to()); monday = monday.plusWeeks(1)) {
            mondays.add(new Days(monday, monday.plusDays(6)));
        }
        // Each scorer over all the weeks at once (the working-time scorer lays each person out once).
        Scored scored = score(loaded, mondays, answered -> List.of());
        List<WeekScore> history = new ArrayList<>();
        for (int week = 0; week < mondays.size(); week++) {
            history.add(new WeekScore(mondays.get(week).from(), mondays.get(week).to(), Score.of(scored.of(week))));
        }
        return history;
    }

    /** The snapshot with compliance's answer, and for each scorer its component of each run. */
    private record Scored(RotaSnapshot snapshot, List<List<Component>> byScorer, List<Suggestion> suggestions) {

        /** The nine components of run {@code run}, in their fixed order. */
        List<Component> of(int run) {
            return byScorer.stream().map(components -> components.get(run)).toList();
        }
    }

    /**
     * Every scorer over the runs: the working-time scorer on a thread of {@link RotaHealthWork}
     * (a second core), the others that do not read compliance's answer here, on the snapshot as
     * read, while compliance may still be answering on its own thread; then the answer is awaited,
     * the certifications scored with it and the suggestions made, and the working-time scorer's
     * components awaited last.
     */
    private Scored score(RotaSnapshotLoader.Loaded loaded, List<Days> runs,
            Function<RotaSnapshot, List<Suggestion>> suggestions) {
        List<List<Component>> byScorer = new ArrayList<>(java.util.Collections.nCopies(scorers.size(), null));
        // The working-time scorer (the engine on everyone on a scored shift) on the other cores,
        // its people split between the pool's threads.
        int aside = scorers.indexOf(workingTimeScorer);
        java.util.function.Supplier<List<Component>> workingTime = workingTimeScorer.scoreEachLater(loaded.snapshot(),
                runs, work, work.threads());
        for (int i = 0; i < scorers.size(); i++) {
            if (i != aside && !scorers.get(i).readsCertifications()) {
                byScorer.set(i, scorers.get(i).scoreEach(loaded.snapshot(), runs));
            }
        }
        RotaSnapshot answered = loaded.snapshot().withCertifications(loaded.answer().get());
        for (int i = 0; i < scorers.size(); i++) {
            if (scorers.get(i).readsCertifications()) {
                byScorer.set(i, scorers.get(i).scoreEach(answered, runs));
            }
        }
        List<Suggestion> suggested = suggestions.apply(answered);
        byScorer.set(aside, workingTime.get());
        return new Scored(answered, byScorer, suggested);
    }

    /**
     * Compliance asked with the caller's token on a thread of {@link ComplianceCalls}, where no
     * transaction is open, so that the rota is read meanwhile; or, when no thread of that pool has
     * begun the call by the time the answer is needed, on the request's thread then, after the
     * loader's transaction has ended (the token is read here, on the request's thread).
     */
    private RotaSnapshotLoader.Ask askInBackground() {
        String token = "Bearer " + caller.getRawToken();
        return (people, day) -> people.isEmpty() ? () -> RotaSnapshot.Certifications.NONE
                : complianceCalls.start(() -> certifications(token, people, day));
    }

    /**
     * One call to compliance for {@code people} on {@code day}, through the guarded client
     * (timeout, one retry, circuit breaker: {@link GuardedCompliance#statusOfHome}). Never inside a
     * database transaction: a slow or failing remote call must neither hold a transaction (and its
     * connection) open nor leave it unusable. Any failure answers
     * {@link RotaSnapshot.Certifications#UNAVAILABLE}.
     */
    private RotaSnapshot.Certifications certifications(String token, List<ComplianceClient.Person> people,
            LocalDate day) {
        ComplianceClient.StatusResponse answer;
        try {
            answer = compliance.statusOfHome(token, new ComplianceClient.StatusRequest(day, people));
        } catch (RuntimeException unavailable) {
            LOG.warnf("Compliance service unavailable for rota health: %s", unavailable.getMessage());
            return RotaSnapshot.Certifications.UNAVAILABLE;
        }
        if (answer == null || answer.staff() == null) {
            return RotaSnapshot.Certifications.NONE;
        }
        return new RotaSnapshot.Certifications(answer.staff().stream()
                .filter(status -> status.notValid() != null)
                .collect(Collectors.toMap(ComplianceClient.PersonStatus::staffId,
                        status -> status.notValid().stream().map(item -> new RotaSnapshot.Lapse(item.typeCode(),
                                item.typeName(), item.critical(), item.mandatory(), item.status(), item.expiryDate()))
                                .toList(),
                        (a, b) -> a)));
    }

    /** What the suggestions read: the home, its staff's records, the shift types and compliance's answer. */
    private record Context(CareHome home, WorkingTimeReportService.HomeRecords records, Map<UUID, ShiftType> types,
            RotaSnapshot.Certifications certifications, Map<LocalDate, Map<UUID, Long>> weekMinutes) {

        Context(CareHome home, WorkingTimeReportService.HomeRecords records, Map<UUID, ShiftType> types,
                RotaSnapshot.Certifications certifications) {
            this(home, records, types, certifications, new HashMap<>());
        }

        /**
         * The person's working minutes in the week from {@code monday}: worked out once per
         * person and week for all the open shifts of a request (several fall in the same week).
         */
        long minutesInWeek(UUID staffId, LocalDate monday) {
            return weekMinutes.computeIfAbsent(monday, week -> new HashMap<>()).computeIfAbsent(staffId, id -> records
                    .periods().getOrDefault(id, List.of()).stream()
                    .filter(p -> !p.rotaDate().isBefore(monday) && p.rotaDate().isBefore(monday.plusWeeks(1)))
                    .mapToLong(WorkPeriod::workingMinutes).sum());
        }

        /**
         * The verdict on {@code day}, or null when compliance did not answer or reported nothing
         * not valid for the person (a clear verdict, which the eligibility policy treats as no
         * verdict: {@code Eligibility.certification}); built only for those with something to judge.
         */
        CertificationVerdict verdict(UUID staffId, LocalDate day) {
            if (!certifications.available() || certifications.of(staffId).isEmpty()) {
                return null;
            }
            return CertificationVerdict.of(staffId, day, certifications.of(staffId).stream()
                    .map(item -> new CertificationVerdict.NotValid(item.typeCode(), item.typeName(), item.mandatory(),
                            item.status(), item.expiryDate())).toList());
        }
    }

    /**
     * For each open shift, up to three people of the home who are employed that day, admitted by
     * its shift type, not away or already working then, and whom the working-time engine allows;
     * those owing no compensatory rest first.
     */
    private List<Suggestion> suggest(RotaSnapshotLoader.Loaded loaded, RotaSnapshot snapshot, List<ToFill> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Context context = new Context(loaded.home(), loaded.records(), loaded.types(), snapshot.certifications());
        List<Suggestion> suggestions = new ArrayList<>();
        for (ToFill shift : open) {
            List<Suggestion.Candidate> candidates = candidates(context, shift, CANDIDATES, CHECKS_PER_SHIFT);
            List<Suggestion.Candidate> best = candidates.subList(0, Math.min(CANDIDATES, candidates.size()));
            suggestions.add(new Suggestion(best.isEmpty() ? "No one in the home can take the open shift on "
                    + shift.times().date() + " without a working-time violation: consider bank or agency cover"
                    : "Offer the open shift on " + shift.times().date() + " " + shift.times().start() + "-"
                    + shift.times().end() + " to " + best.stream().map(Suggestion.Candidate::name)
                    .collect(Collectors.joining(", ")), shift.id(), shift.unitId(), shift.times().date(), best));
        }
        return suggestions;
    }

    /**
     * An open shift to find people for: what the suggestions read of it, from the entity (an
     * open-shift offer) or from the live shift rota health read as values.
     */
    private record ToFill(UUID id, UUID unitId, UUID shiftTypeId, ShiftTimes times, int unpaidBreakMinutes) {

        static ToFill of(Shift shift) {
            return new ToFill(shift.id(), shift.unitId(), shift.shiftTypeId(), shift.times(), shift.unpaidBreakMinutes());
        }

        static ToFill of(LiveShiftRepository.LiveShift shift) {
            return new ToFill(shift.row().id(), shift.row().unitId(), shift.shiftTypeId(), shift.row().times(),
                    shift.unpaidBreakMinutes());
        }

        /** The shift as the working-time engine judges a proposed one: as planned ({@code ShiftService.period}). */
        WorkPeriod period() {
            return new WorkPeriod(id, times.date(), times.startsAt(), times.endsAt(), unpaidBreakMinutes);
        }
    }

    /**
     * The people who may take an open shift, best first: those the eligibility policy admits,
     * fewest hours that week first, judged by the working-time engine until {@code wanted} owe
     * no compensatory rest or {@code budget} engine runs are spent; then sorted by the
     * compensatory rest they would be owed and their staff number.
     */
    private static List<Suggestion.Candidate> candidates(Context context, ToFill shift, int wanted, int budget) {
        WorkingTimeReportService.HomeRecords records = context.records();
        Regime regime = records.regime();
        Map<UUID, List<WorkPeriod>> periods = records.periods();
        var leaves = records.leaves();
        ShiftType type = shift.shiftTypeId() == null ? null : context.types().get(shift.shiftTypeId());
        WorkPeriod proposed = shift.period();
        LocalDate monday = shift.times().date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // The one eligibility policy, as assignment applies it: a night that ends on the first
        // morning of someone's leave overlaps the leave, so they are not suggested for it. Only
        // the shifts overlapping this one can refuse, so only those are passed as windows.
        ZoneId zone = context.home().timeZone();
        // Only leave near the shift's days can overlap it (a shift is at most 24 hours from its rota
        // day's start time), so only that is turned into windows in the zone: a leave ending before
        // the day before or starting after the day after the shift's day refuses nothing.
        LocalDate earliestLeaveEnd = shift.times().date().minusDays(2);
        LocalDate latestLeaveStart = shift.times().date().plusDays(2);
        // Employment and role first (what needs no other record; most of a home is refused by the
        // shift type's roles): the absences, shifts and certifications are gathered only for the rest.
        // Plain loops rather than streams: this runs for every member of staff and open shift.
        record Ranked(Staff person, long minutesThatWeek) {
        }
        List<Ranked> admitted = new ArrayList<>();
        for (Staff person : records.people().values()) {
            if (Eligibility.employmentAndRole(person, shift.times(), type).isPresent()) {
                continue;
            }
            List<Eligibility.Window> away = new ArrayList<>();
            for (Leave leave : leaves.getOrDefault(person.id(), List.of())) {
                if (!leave.firstDay().isAfter(latestLeaveStart) && !leave.lastDay().isBefore(earliestLeaveEnd)) {
                    away.add(Eligibility.Window.days(null, leave.firstDay(), leave.lastDay(), zone, leave.type().name()));
                }
            }
            List<Eligibility.Window> working = new ArrayList<>();
            for (WorkPeriod p : periods.getOrDefault(person.id(), List.of())) {
                if (!shift.id().equals(p.shiftId()) && p.startsAt().isBefore(shift.times().endsAt())
                        && shift.times().startsAt().isBefore(p.endsAt())) {
                    working.add(new Eligibility.Window(p.shiftId(), p.startsAt(), p.endsAt(), "a shift"));
                }
            }
            if (Eligibility.judge(person, shift.times(), type, away, working,
                    context.verdict(person.id(), shift.times().date())).isEmpty()) {
                admitted.add(new Ranked(person, context.minutesInWeek(person.id(), monday)));
            }
        }
        admitted.sort(Comparator.comparingLong(Ranked::minutesThatWeek)
                .thenComparing(ranked -> ranked.person().staffNumber()));
        List<Staff> free = new ArrayList<>(admitted.size());
        admitted.forEach(ranked -> free.add(ranked.person()));
        List<Suggestion.Candidate> candidates = new ArrayList<>();
        int checked = 0;
        for (Staff person : free) {
            if (checked++ >= budget
                    || candidates.stream().filter(c -> c.compensatoryRestHours().signum() == 0).count() >= wanted) {
                break;
            }
            List<WorkPeriod> theirs = new ArrayList<>(periods.getOrDefault(person.id(), List.of()));
            theirs.add(proposed);
            Assessment assessment = WorkingTimeEngine.assess(WorkingTimeService.worker(person), regime,
                    records.recordOf(person.id(), theirs), Focus.shift(proposed, regime.referenceWeeks()));
            if (assessment.allowed()) {
                long owed = assessment.compensatoryRest().stream().mapToLong(rest -> rest.minutes()).sum();
                candidates.add(new Suggestion.Candidate(person.id(), person.staffNumber(), person.fullName(),
                        person.roleCode(), Component.round(owed / 60.0)));
            }
        }
        candidates.sort(Comparator.comparing(Suggestion.Candidate::compensatoryRestHours)
                .thenComparing(Suggestion.Candidate::staffNumber));
        return candidates;
    }

    /**
     * The people an open shift can be offered to, ranked as the rota-health suggestions are
     * (open-shift offers): at most {@code wanted}. Compliance is asked once for the home's staff,
     * with the caller's transaction suspended.
     */
    @Transactional
    public List<Suggestion.Candidate> rank(Shift shift, int wanted) {
        CareHome home = homes.get(shift.careHomeId());
        LocalDate day = shift.times().date();
        WorkingTimeReportService.HomeRecords records = workingTimeReports.load(home, day, day);
        Map<UUID, ShiftType> types = shiftTypes.listAll().stream().collect(Collectors.toMap(ShiftType::id,
                Function.identity()));
        List<ComplianceClient.Person> people = new ArrayList<>();
        if (shift.staffId() != null) {
            Staff member = records.people().get(shift.staffId());
            people.add(new ComplianceClient.Person(shift.staffId(), member == null ? null : member.roleCode()));
        }
        if (shift.isOpen()) {
            records.people().values().stream().filter(Staff::active)
                    .forEach(member -> people.add(new ComplianceClient.Person(member.id(), member.roleCode())));
        }
        String token = "Bearer " + caller.getRawToken();
        RotaSnapshot.Certifications certifications = people.isEmpty() ? RotaSnapshot.Certifications.NONE
                : QuarkusTransaction.suspendingExisting().call(() -> certifications(token, people, day));
        Context context = new Context(home, records, types, certifications);
        List<Suggestion.Candidate> ranked = candidates(context, ToFill.of(shift), wanted, wanted * 2 + CHECKS_PER_SHIFT);
        return ranked.subList(0, Math.min(wanted, ranked.size()));
    }
}
