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
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.WorkRecord;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import io.careops.scheduling.workingtime.domain.WorkingTimeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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
     * on the days of {@code period}.
     */
    @Transactional
    public List<PersonResult> judge(UUID careHomeId, Period period) {
        List<CareHome> judged = careHomeId != null
                ? List.of(access.visible(homes.findByIdOptional(careHomeId), CareHome::id, "Care home", careHomeId))
                : homes.listAll().stream().filter(home -> access.canSee(home.id())).toList();
        List<PersonResult> results = new ArrayList<>();
        for (CareHome home : judged) {
            results.addAll(judge(load(home, period), Focus.days(period.from(), period.to())));
        }
        return results;
    }

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

    /** Everyone in the records with a finding in focus, by surname. */
    public List<PersonResult> judge(HomeRecords loaded, Focus focus) {
        Map<UUID, List<CompensatoryRestGiven>> given = records.restGiven(loaded.periods().keySet()).stream()
                .collect(Collectors.groupingBy(CompensatoryRestGiven::staffId));
        List<PersonResult> results = new ArrayList<>();
        for (Map.Entry<UUID, List<WorkPeriod>> entry : loaded.periods().entrySet()) {
            Staff member = loaded.people().get(entry.getKey());
            if (member == null) {
                continue;
            }
            Assessment assessment = WorkingTimeEngine.assess(WorkingTimeService.worker(member), loaded.regime(),
                    loaded.recordOf(member.id(), entry.getValue()), focus);
            if (!assessment.findings().isEmpty()) {
                results.add(new PersonResult(member, loaded.home(), assessment, WorkingTimeService.outstanding(
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
