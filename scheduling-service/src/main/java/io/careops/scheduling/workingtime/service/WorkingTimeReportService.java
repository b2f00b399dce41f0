package io.careops.scheduling.workingtime.service;

import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.domain.CareHomeRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.support.Period;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.CompensatoryRest;
import io.careops.scheduling.workingtime.domain.CompensatoryRestGiven;
import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Leave;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.StaffPeriods;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.WorkRecord;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import io.careops.scheduling.workingtime.domain.WorkingTimeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Working time across homes: everyone's shifts and leave are read at once (five queries however
 * many homes and staff) and judged in memory, so the cost grows with shifts, not with round trips.
 */
@ApplicationScoped
public class WorkingTimeReportService {

    private final WorkingTimeRepository records;
    private final CareHomeRepository homes;
    private final StaffRepository staff;
    private final CareHomeAccess access;
    private final WorkingTimeService workingTime;
    private final Session session;
    private final JudgingPool judging;

    public WorkingTimeReportService(WorkingTimeRepository records, CareHomeRepository homes, StaffRepository staff,
            CareHomeAccess access, WorkingTimeService workingTime, Session session, JudgingPool judging) {
        this.judging = judging;
        this.records = records;
        this.homes = homes;
        this.staff = staff;
        this.access = access;
        this.workingTime = workingTime;
        this.session = session;
    }

    /** One person's findings and outstanding compensatory rest over the period. */
    public record PersonResult(Staff member, CareHome home, Assessment assessment, List<CompensatoryRest> owed) {
    }

    /**
     * Everyone with shifts in the home (or, without one, in every home the caller sees) judged
     * on the days of {@code period}. All the homes are read at once, in three queries (staff as
     * the engine needs them, shifts, leave) over the widest report window of their regimes, and
     * each person is judged on exactly the record a report of their own home reads
     * ({@link WorkingTimeEngine#assessReports}); then, only for the people with findings, a fourth
     * reads them as entities, for their names, and a fifth the compensatory rest they were given.
     * Read only.
     */
    @Transactional
    public List<PersonResult> judge(UUID careHomeId, Period period) {
        // Nothing is written: entities read without dirty-checking snapshots, and no flush at commit.
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        List<CareHome> judged = careHomeId != null
                ? List.of(access.visible(homes.findByIdOptional(careHomeId), CareHome::id, "Care home", careHomeId))
                : homes.listAll().stream().filter(home -> access.canSee(home.id())).toList();
        if (judged.isEmpty()) {
            return List.of();
        }
        Map<UUID, Regime> regimes = new HashMap<>();
        judged.forEach(home -> regimes.put(home.id(), workingTime.regime(home)));
        LocalDate loadFrom = null;
        LocalDate loadTo = null;
        for (Regime regime : regimes.values()) {
            LocalDate first = WorkingTimeEngine.reportFirstDay(regime, period.from());
            LocalDate last = WorkingTimeEngine.reportLastDay(regime, period.to());
            loadFrom = loadFrom == null || first.isBefore(loadFrom) ? first : loadFrom;
            loadTo = loadTo == null || last.isAfter(loadTo) ? last : loadTo;
        }
        List<UUID> homeIds = judged.stream().map(CareHome::id).toList();
        Map<UUID, WorkingTimeRepository.StaffToJudge> people = records.staffToJudge(homeIds);
        StaffPeriods periods = records.periodsOfHomes(homeIds, loadFrom, loadTo);
        Map<UUID, List<Leave>> leaves = records.leavesByStaff(homeIds, loadFrom, loadTo);
        List<Focus> foci = List.of(Focus.days(period.from(), period.to()));
        LocalDate first = loadFrom;
        LocalDate last = loadTo;
        // Each person's periods are built as they are judged and dropped straight after
        // (StaffPeriods); a large report is judged on the idle cores too (JudgingPool).
        Map<UUID, Assessment> withFindings = new HashMap<>();
        for (Judged found : judging.judgeAll(periods.people(), index -> {
            UUID staffId = periods.staffId(index);
            WorkingTimeRepository.StaffToJudge person = people.get(staffId);
            if (person == null) {
                return null;
            }
            Assessment assessment = WorkingTimeEngine.assessReports(person.worker(), regimes.get(person.careHomeId()),
                    new WorkRecord(periods.periodsOf(index), leaves.getOrDefault(staffId, List.of()), first, last),
                    foci).get(0);
            return assessment.findings().isEmpty() ? null : new Judged(staffId, assessment);
        })) {
            withFindings.put(found.staffId(), found.assessment());
        }
        // Only the people named are read as entities (their names and numbers): one query.
        Map<UUID, CareHome> homeById = judged.stream().collect(Collectors.toMap(CareHome::id, Function.identity()));
        // By home in the order judged, then by surname, as each home's report lists them.
        Map<UUID, List<PersonResult>> byHome = new HashMap<>();
        List<Staff> named = withFindings.isEmpty() ? List.of() : staff.list("id in ?1", withFindings.keySet());
        // The rest already given, read only for the people named (it only reduces what they are owed).
        Map<UUID, List<CompensatoryRestGiven>> given = withFindings.isEmpty() ? Map.of()
                : records.restGiven(withFindings.keySet()).stream()
                        .collect(Collectors.groupingBy(CompensatoryRestGiven::staffId));
        for (Staff member : named) {
            Assessment assessment = withFindings.get(member.id());
            UUID homeId = people.get(member.id()).careHomeId(); // the home they were judged in
            byHome.computeIfAbsent(homeId, id -> new ArrayList<>()).add(new PersonResult(member,
                    homeById.get(homeId), assessment, WorkingTimeService.outstanding(
                            assessment.compensatoryRest(), given.getOrDefault(member.id(), List.of()))));
        }
        List<PersonResult> results = new ArrayList<>();
        for (CareHome home : judged) {
            List<PersonResult> ofHome = byHome.getOrDefault(home.id(), List.of());
            results.addAll(ofHome.stream().sorted(BY_NAME).toList());
        }
        return results;
    }

    /** A person with findings. */
    private record Judged(UUID staffId, Assessment assessment) {
    }

    private static final Comparator<PersonResult> BY_NAME = Comparator
            .comparing((PersonResult result) -> result.member().lastName())
            .thenComparing(result -> result.member().staffNumber());

    /**
     * Everything needed to judge a home's people on days {@code from} to {@code to}: their
     * shifts and leave from a reference period before to one after, read in two queries.
     */
    public record HomeRecords(CareHome home, Regime regime, LocalDate loadFrom, LocalDate loadTo,
            Map<UUID, List<WorkPeriod>> periods, Map<UUID, List<Leave>> leaves, Map<UUID, Staff> people) {

        public WorkRecord recordOf(UUID staffId, List<WorkPeriod> periodsOfPerson) {
            return new WorkRecord(periodsOfPerson, leaves.getOrDefault(staffId, List.of()), loadFrom, loadTo);
        }

        /** The days loaded. */
        public Period loaded() {
            return new Period(loadFrom, loadTo);
        }
    }

    public HomeRecords load(CareHome home, LocalDate from, LocalDate to) {
        return load(home, new Period(from, to));
    }

    /**
     * The reference period before the first day (and a week, so the first day's rest is known)
     * and one after the last (whose days make up leave excluded inside the period).
     */
    public HomeRecords load(CareHome home, Period period) {
        Regime regime = workingTime.regime(home);
        Period loaded = period.widenedBy(regime.referenceWeeks() + 1L, regime.referenceWeeks());
        Map<UUID, Staff> people = staff.list("careHomeId", home.id()).stream()
                .collect(Collectors.toMap(Staff::id, Function.identity()));
        return new HomeRecords(home, regime, loaded.from(), loaded.to(),
                records.periodsByStaff(List.of(home.id()), loaded.from(), loaded.to()),
                records.leavesByStaff(List.of(home.id()), loaded.from(), loaded.to()), people);
    }

    /** Findings of all people, most severe first, each with its person. */
    public static List<Map.Entry<PersonResult, Finding>> findings(List<PersonResult> results, boolean withWarnings) {
        List<Map.Entry<PersonResult, Finding>> all = new ArrayList<>();
        for (PersonResult result : results) {
            for (Finding finding : result.assessment().findings()) {
                if (withWarnings || finding.severity() != io.careops.scheduling.workingtime.domain.Severity.WARNING) {
                    all.add(Map.entry(result, finding));
                }
            }
        }
        all.sort(Comparator.comparing((Map.Entry<PersonResult, Finding> e) -> e.getValue().severity())
                .thenComparing(e -> e.getValue().date()).thenComparing(e -> e.getKey().member().staffNumber()));
        return all;
    }
}
