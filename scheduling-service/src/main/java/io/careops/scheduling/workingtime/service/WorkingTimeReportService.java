package io.careops.scheduling.workingtime.service;

import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.domain.CareHomeRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.CompensatoryRest;
import io.careops.scheduling.workingtime.domain.CompensatoryRestGiven;
import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Leave;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.WorkRecord;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import io.careops.scheduling.workingtime.domain.WorkingTimeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working time across homes: everyone's shifts and leave are read in two queries per home and
 * judged in memory, so the cost grows with shifts, not with round trips.
 */
@ApplicationScoped
public class WorkingTimeReportService {

    /** A year is the longest period one report judges. */
    public static final int MAX_DAYS = 366;

    private final WorkingTimeRepository records;
    private final CareHomeRepository homes;
    private final StaffRepository staff;
    private final CareHomeAccess access;
    private final WorkingTimeService workingTime;

    public WorkingTimeReportService(WorkingTimeRepository records, CareHomeRepository homes, StaffRepository staff,
            CareHomeAccess access, WorkingTimeService workingTime) {
        this.records = records;
        this.homes = homes;
        this.staff = staff;
        this.access = access;
        this.workingTime = workingTime;
    }

    /** One person's findings and outstanding compensatory rest over the period. */
    public record PersonResult(Staff member, CareHome home, Assessment assessment, List<CompensatoryRest> owed) {
    }

    /**
     * Everyone with shifts in the home (or, without one, in every home the caller sees) judged
     * on the days {@code from} to {@code to}.
     */
    @Transactional
    public List<PersonResult> judge(UUID careHomeId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.ruleViolation("to", "to is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.ruleViolation("to", "a report covers at most " + MAX_DAYS + " days");
        }
        List<CareHome> judged = careHomeId != null
                ? List.of(access.visible(homes.findByIdOptional(careHomeId), CareHome::id, "Care home", careHomeId))
                : homes.listAll().stream().filter(home -> access.canSee(home.id())).toList();
        List<PersonResult> results = new ArrayList<>();
        for (CareHome home : judged) {
            results.addAll(judgeHome(home, from, to));
        }
        return results;
    }

    private List<PersonResult> judgeHome(CareHome home, LocalDate from, LocalDate to) {
        Regime regime = workingTime.regime(home);
        LocalDate loadFrom = from.minusWeeks(regime.referenceWeeks() + 1L);
        LocalDate loadTo = to.plusWeeks(regime.referenceWeeks());
        Map<UUID, List<WorkPeriod>> periods = records.periodsByStaff(List.of(home.id()), loadFrom, loadTo);
        Map<UUID, List<Leave>> leaves = records.leavesByStaff(List.of(home.id()), null, loadFrom, loadTo);
        Map<UUID, Staff> people = staff.list("careHomeId", home.id()).stream()
                .collect(Collectors.toMap(Staff::id, Function.identity()));
        Map<UUID, List<CompensatoryRestGiven>> given = records.restGiven(periods.keySet()).stream()
                .collect(Collectors.groupingBy(CompensatoryRestGiven::staffId));
        Focus focus = Focus.days(from, to);
        List<PersonResult> results = new ArrayList<>();
        for (Map.Entry<UUID, List<WorkPeriod>> entry : periods.entrySet()) {
            Staff member = people.get(entry.getKey());
            if (member == null) {
                continue;
            }
            WorkRecord record = new WorkRecord(entry.getValue(), leaves.getOrDefault(member.id(), List.of()), loadFrom,
                    loadTo);
            Assessment assessment = WorkingTimeEngine.assess(WorkingTimeService.worker(member), regime, record, focus);
            if (!assessment.findings().isEmpty()) {
                results.add(new PersonResult(member, home, assessment, WorkingTimeService.outstanding(
                        assessment.compensatoryRest(), given.getOrDefault(member.id(), List.of()))));
            }
        }
        results.sort(Comparator.comparing((PersonResult result) -> result.member().lastName())
                .thenComparing(result -> result.member().staffNumber()));
        return results;
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
