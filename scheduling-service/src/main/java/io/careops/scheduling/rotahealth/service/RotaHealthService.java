package io.careops.scheduling.rotahealth.service;

import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.absence.domain.AbsenceState;
import io.careops.scheduling.absence.domain.AbsenceRepository;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.eligibility.domain.CertificationVerdict;
import io.careops.scheduling.eligibility.domain.Eligibility;
import io.careops.scheduling.report.service.ReportService;
import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.Issue;
import io.careops.scheduling.rotahealth.domain.Score;
import io.careops.scheduling.rotahealth.domain.Suggestion;
import io.careops.scheduling.rotahealth.domain.Weights;
import io.careops.scheduling.rota.domain.PeriodCoverage;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.shift.service.ShiftService;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.shifttype.domain.ShiftTypeRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRole;
import io.careops.scheduling.staff.domain.StaffRoleRepository;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.domain.UnitRepository;
import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.Severity;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import io.careops.scheduling.workingtime.service.WorkingTimeReportService;
import io.careops.scheduling.workingtime.service.WorkingTimeService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rota health score of a home (or one unit) over a period: every component computed from the
 * rota, issues naming their shifts and staff, and concrete suggestions for open shifts.
 */
@ApplicationScoped
public class RotaHealthService {

    private static final Logger LOG = Logger.getLogger(RotaHealthService.class);
    /** Share of staff on leave above which a day is crowded (the NHS average, docs/domain.md section 3). */
    static final double LEAVE_SHARE = 0.13;
    static final Duration PUBLISHED_AHEAD = Duration.ofDays(7);
    private static final int MAX_SUGGESTIONS = 10;
    private static final int CANDIDATES = 3;
    /** Engine runs per open shift at most: the suggestions stay cheap on a home of 500 staff. */
    private static final int CHECKS_PER_SHIFT = 20;

    private final CareHomeService homes;
    private final UnitRepository units;
    private final ShiftRepository shifts;
    private final StaffRoleRepository roles;
    private final ShiftTypeRepository shiftTypes;
    private final AbsenceRepository absences;
    private final ReportService reports;
    private final WorkingTimeReportService workingTimeReports;
    private final io.careops.scheduling.eligibility.service.GuardedCompliance compliance;
    private final JsonWebToken caller;
    private final Weights weights;

    public RotaHealthService(CareHomeService homes, UnitRepository units, ShiftRepository shifts,
            StaffRoleRepository roles, ShiftTypeRepository shiftTypes,
            AbsenceRepository absences, ReportService reports, WorkingTimeReportService workingTimeReports,
            io.careops.scheduling.eligibility.service.GuardedCompliance compliance,
            JsonWebToken caller, Weights weights) {
        this.homes = homes;
        this.units = units;
        this.shifts = shifts;
        this.roles = roles;
        this.shiftTypes = shiftTypes;
        this.absences = absences;
        this.reports = reports;
        this.workingTimeReports = workingTimeReports;
        this.compliance = compliance;
        this.caller = caller;
        this.weights = weights;
    }

    public record Health(UUID careHomeId, @Schema(nullable = true) UUID unitId, LocalDate from, LocalDate to, Score score,
            List<Component> components, List<Issue> issues, int issuesTotal, List<Suggestion> suggestions) {
    }

    /** Everything read once for the period, shared by the components. */
    private record Rota(CareHome home, WorkingTimeReportService.HomeRecords records, List<Unit> units,
            List<Shift> shifts, Map<UUID, Staff> staff,
            Set<String> supervisoryRoles, Map<UUID, ShiftType> types, List<Absence> absences, LocalDate from,
            LocalDate to, UUID unitId, Certifications certifications) {
    }

    /**
     * Compliance's answer for the home's staff on the period's last day (one call), or null when it
     * could not answer: the certifications component and the suggestions' eligibility both read it.
     */
    private record Certifications(Map<UUID, List<ComplianceClient.NotValid>> notValid) {

        /** The verdict on {@code day}, or null (not asked, or compliance did not answer). */
        CertificationVerdict verdict(UUID staffId, LocalDate day) {
            if (notValid == null) {
                return null;
            }
            return CertificationVerdict.of(staffId, day, notValid.getOrDefault(staffId, List.of()).stream()
                    .map(item -> new CertificationVerdict.NotValid(item.typeCode(), item.typeName(), item.mandatory(),
                            item.status(), item.expiryDate())).toList());
        }
    }

    @Transactional
    public Health assess(UUID careHomeId, UUID unitId, LocalDate from, LocalDate to, int issueLimit) {
        ReportService.requirePeriod(from, to);
        CareHome home = homes.get(careHomeId);
        List<Unit> homeUnits = units.list("careHomeId", home.id());
        Map<UUID, String> unitNames = homeUnits.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<Unit> scope = homeUnits.stream().filter(Unit::active)
                .filter(unit -> unitId == null || unit.id().equals(unitId)).toList();
        if (unitId != null && scope.isEmpty()) {
            throw io.careops.platform.problem.ProblemException.notFound("Unit", unitId);
        }
        List<Shift> live = shifts.list("careHomeId = ?1 and date >= ?2 and date <= ?3 and status <> ?4",
                Sort.by("startsAt"), home.id(), from, to, ShiftStatus.CANCELLED).stream()
                .filter(shift -> unitId == null || shift.unitId().equals(unitId)).toList();
        // Everyone's shifts and leave around the period, read once for working time and suggestions.
        WorkingTimeReportService.HomeRecords records = workingTimeReports.load(home, from, to);
        Set<String> supervisory = roles.listAll().stream().filter(StaffRole::supervisory).map(StaffRole::code)
                .collect(Collectors.toSet());
        Map<UUID, ShiftType> types = shiftTypes.listAll().stream().collect(Collectors.toMap(ShiftType::id,
                Function.identity()));
        List<Absence> away = absences.list("careHomeId = ?1 and state = ?2 and firstDay <= ?3 and lastDay >= ?4",
                home.id(), AbsenceState.APPROVED, to, from);
        Certifications certifications = askCompliance(live, records.people(), to);
        Rota rota = new Rota(home, records, scope, live, records.people(), supervisory, types, away, from, to, unitId,
                certifications);

        List<Component> components = new ArrayList<>();
        List<Suggestion> suggestions = new ArrayList<>();
        components.add(coverage(rota, suggestions));
        components.add(skillMix(rota));
        components.add(workingTime(rota));
        ReportService.OvertimeReport overtime = reports.overtime(home.id(), from, to);
        components.add(overtime(overtime));
        components.add(agency(reports.agency(home.id(), from, to)));
        components.add(fairness(overtime));
        components.add(certifications(rota));
        components.add(lateChanges(rota));
        components.add(leaveSpread(rota));
        components.replaceAll(component -> component.named(unitNames));
        List<Issue> issues = components.stream().flatMap(component -> component.issues().stream())
                .sorted(Comparator.comparing(Issue::severity).thenComparing(Issue::date,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Issue::component))
                .toList();
        return new Health(home.id(), unitId, from, to, Score.of(components), components,
                issues.subList(0, Math.min(issueLimit, issues.size())), issues.size(), suggestions);
    }

    /**
     * Each unit, day and period against its minimum and ideal: 100 x (1 - (below minimum + half
     * of below ideal only) / slots). Open shifts in a slot below minimum get suggestions.
     */
    private Component coverage(Rota rota, List<Suggestion> suggestions) {
        Map<String, List<Shift>> bySlot = rota.shifts().stream().collect(Collectors.groupingBy(
                shift -> slot(shift.unitId(), shift.times().date(), shift.times().period())));
        int slots = 0;
        int belowMinimum = 0;
        int belowIdeal = 0;
        List<Issue> issues = new ArrayList<>();
        List<Shift> toFill = new ArrayList<>();
        for (Unit unit : rota.units()) {
            for (LocalDate day = rota.from(); !day.isAfter(rota.to()); day = day.plusDays(1)) {
                for (ShiftTimes.Period period : ShiftTimes.Period.values()) {
                    List<Shift> inSlot = bySlot.getOrDefault(slot(unit.id(), day, period), List.of());
                    PeriodCoverage coverage = PeriodCoverage.of(day, period, unit.staffing(), inSlot);
                    slots++;
                    List<UUID> open = inSlot.stream().filter(Shift::isOpen).map(Shift::id).toList();
                    if (coverage.status() == PeriodCoverage.Status.BELOW_MINIMUM) {
                        belowMinimum++;
                        issues.add(new Issue(Issue.Severity.HIGH, "coverage", unit.name() + " " + period + " " + day
                                + ": " + coverage.staffed() + " staffed, minimum " + coverage.minimum()
                                + (open.isEmpty() ? "" : ", " + open.size() + " open shift(s)"), unit.id(), day, open,
                                List.of()));
                        inSlot.stream().filter(Shift::isOpen).forEach(toFill::add);
                    } else if (coverage.status() == PeriodCoverage.Status.BELOW_IDEAL) {
                        belowIdeal++;
                        issues.add(new Issue(Issue.Severity.LOW, "coverage", unit.name() + " " + period + " " + day
                                + ": " + coverage.staffed() + " staffed, ideal " + coverage.ideal(), unit.id(), day, open,
                                List.of()));
                    }
                }
            }
        }
        double score = slots == 0 ? 100 : 100 * (1 - (belowMinimum + 0.5 * belowIdeal) / slots);
        suggestions.addAll(suggest(rota, toFill.stream().limit(MAX_SUGGESTIONS).toList()));
        return Component.scored("coverage", weights.coverage(), score, metrics("slots", slots,
                "belowMinimum", belowMinimum, "belowIdealOnly", belowIdeal, "openShifts",
                rota.shifts().stream().filter(Shift::isOpen).count()), issues);
    }

    private static String slot(UUID unit, LocalDate day, ShiftTimes.Period period) {
        return unit + "|" + day + "|" + period;
    }

    /**
     * For each open shift, up to three people of the home who are employed that day, admitted by
     * its shift type, not away or already working then, and whom the working-time engine allows;
     * those owing no compensatory rest first.
     */
    private List<Suggestion> suggest(Rota rota, List<Shift> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Shift shift : open) {
            List<Suggestion.Candidate> candidates = candidates(rota, shift, CANDIDATES, CHECKS_PER_SHIFT);
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
     * The people who may take an open shift, best first: those the eligibility policy admits,
     * fewest hours that week first, judged by the working-time engine until {@code wanted} owe
     * no compensatory rest or {@code budget} engine runs are spent; then sorted by the
     * compensatory rest they would be owed and their staff number.
     */
    private List<Suggestion.Candidate> candidates(Rota rota, Shift shift, int wanted, int budget) {
        Regime regime = rota.records().regime();
        Map<UUID, List<WorkPeriod>> periods = rota.records().periods();
        var leaves = rota.records().leaves();
            ShiftType type = shift.shiftTypeId() == null ? null : rota.types().get(shift.shiftTypeId());
            WorkPeriod proposed = ShiftService.period(shift);
            // Cheap filters first; then the engine, fewest hours that week first, until enough
            // people owe nothing or the budget of checks is spent.
            LocalDate monday = shift.times().date().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                    java.time.DayOfWeek.MONDAY));
            // The one eligibility policy, as assignment applies it: a night that ends on the first
            // morning of someone's leave overlaps the leave, so they are not suggested for it.
            java.time.ZoneId zone = rota.home().timeZone();
            List<Staff> free = rota.staff().values().stream()
                    .filter(person -> Eligibility.judge(person, shift.times(), type,
                            leaves.getOrDefault(person.id(), List.of()).stream().map(leave -> Eligibility.Window.days(null,
                                    leave.firstDay(), leave.lastDay(), zone, leave.type().name())).toList(),
                            periods.getOrDefault(person.id(), List.of()).stream().filter(p -> !shift.id().equals(p.shiftId()))
                                    .map(p -> new Eligibility.Window(p.shiftId(), p.startsAt(), p.endsAt(), "a shift"))
                                    .toList(),
                            rota.certifications().verdict(person.id(), shift.times().date())).isEmpty())
                    .sorted(Comparator.comparingLong((Staff person) -> periods.getOrDefault(person.id(), List.of())
                            .stream().filter(p -> !p.rotaDate().isBefore(monday) && p.rotaDate().isBefore(monday.plusWeeks(1)))
                            .mapToLong(WorkPeriod::workingMinutes).sum()).thenComparing(Staff::staffNumber))
                    .toList();
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
                        rota.records().recordOf(person.id(), theirs),
                        Focus.shift(proposed, regime.referenceWeeks()));
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
     * (open-shift offers): at most {@code wanted}. Compliance is asked once for the home's staff.
     */
    @Transactional
    public List<Suggestion.Candidate> rank(Shift shift, int wanted) {
        CareHome home = homes.get(shift.careHomeId());
        LocalDate day = shift.times().date();
        WorkingTimeReportService.HomeRecords records = workingTimeReports.load(home, day, day);
        Map<UUID, ShiftType> types = shiftTypes.listAll().stream().collect(Collectors.toMap(ShiftType::id,
                Function.identity()));
        Certifications certifications = askCompliance(List.of(shift), records.people(), day);
        Rota rota = new Rota(home, records, List.of(), List.of(shift), records.people(), Set.of(), types, List.of(), day,
                day, null, certifications);
        List<Suggestion.Candidate> ranked = candidates(rota, shift, wanted, wanted * 2 + CHECKS_PER_SHIFT);
        return ranked.subList(0, Math.min(wanted, ranked.size()));
    }

    /** Of the unit periods with anyone on shift, the share with a supervisory person among them. */
    private Component skillMix(Rota rota) {
        Map<String, List<Shift>> bySlot = rota.shifts().stream().filter(shift -> !shift.isOpen())
                .collect(Collectors.groupingBy(shift -> slot(shift.unitId(), shift.times().date(), shift.times().period()),
                        LinkedHashMap::new, Collectors.toList()));
        int supervised = 0;
        List<Issue> issues = new ArrayList<>();
        for (List<Shift> inSlot : bySlot.values()) {
            boolean hasSupervisor = inSlot.stream().map(shift -> rota.staff().get(shift.staffId()))
                    .anyMatch(person -> person != null && rota.supervisoryRoles().contains(person.roleCode()));
            if (hasSupervisor) {
                supervised++;
            } else {
                Shift first = inSlot.get(0);
                issues.add(new Issue(Issue.Severity.MEDIUM, "skillMix", "No senior or manager on "
                        + unitName(rota, first.unitId()) + " " + first.times().period() + " " + first.times().date(),
                        first.unitId(), first.times().date(), inSlot.stream().map(Shift::id).toList(),
                        inSlot.stream().map(Shift::staffId).filter(java.util.Objects::nonNull).toList()));
            }
        }
        double score = bySlot.isEmpty() ? 100 : 100.0 * supervised / bySlot.size();
        return Component.scored("skillMix", weights.skillMix(), score,
                metrics("staffedPeriods", bySlot.size(), "withSupervisor", supervised), issues);
    }

    private static String unitName(Rota rota, UUID unitId) {
        return rota.units().stream().filter(unit -> unit.id().equals(unitId)).map(Unit::name).findFirst().orElse("unit");
    }

    /** 100 less 20 a violation and 2 an hour of compensatory rest still owed. */
    private Component workingTime(Rota rota) {
        Set<UUID> inScope = rota.shifts().stream().map(Shift::id).collect(Collectors.toSet());
        int violations = 0;
        long owedMinutes = 0;
        List<Issue> issues = new ArrayList<>();
        for (WorkingTimeReportService.PersonResult result : workingTimeReports.judge(rota.records(),
                Focus.days(rota.from(), rota.to()))) {
            for (Finding finding : result.assessment().findings()) {
                if (finding.severity() == Severity.WARNING || finding.shiftIds().stream().noneMatch(inScope::contains)) {
                    continue;
                }
                boolean violation = finding.severity() == Severity.VIOLATION;
                violations += violation ? 1 : 0;
                issues.add(new Issue(violation ? Issue.Severity.HIGH : Issue.Severity.LOW, "workingTime",
                        result.member().fullName() + ": " + finding.rule() + " (" + finding.regulation() + ") "
                                + finding.message(), null, finding.date(), finding.shiftIds(),
                        List.of(result.member().id())));
            }
            owedMinutes += result.owed().stream().filter(rest -> rest.shiftIds().stream().anyMatch(inScope::contains))
                    .mapToLong(rest -> rest.minutes()).sum();
        }
        double owedHours = owedMinutes / 60.0;
        return Component.scored("workingTime", weights.workingTime(), 100 - 20.0 * violations - 2 * owedHours,
                metrics("violations", violations, "compensatoryRestOwedHours", Component.round(owedHours)), issues);
    }

    /** Overtime share of hours (100 up to 10%, 0 from 30%) and spend against the prorated budget; the lower counts. */
    private Component overtime(ReportService.OvertimeReport report) {
        double share = share(report.overtimeHours(), report.allHours());
        double spend = report.knownCost().doubleValue();
        double budget = report.budget().doubleValue();
        List<Issue> issues = new ArrayList<>();
        if (spend > budget) {
            issues.add(new Issue(Issue.Severity.MEDIUM, "overtime", "Overtime spend " + Component.round(spend)
                    + " is over the budget of " + report.budget() + " for the period", null, null, List.of(), List.of()));
        }
        return Component.scored("overtime", weights.overtime(),
                Math.min(Component.falling(share, 0.10, 0.30), Component.withinBudget(spend, budget)),
                metrics("overtimeHours", report.overtimeHours(), "allHours", report.allHours(), "share",
                        Component.round(share), "spend", Component.round(spend), "budget", report.budget()), issues);
    }

    /** Agency share of hours (100 up to 5%, 0 from 20%) and spend against the prorated budget; the lower counts. */
    private Component agency(ReportService.AgencyReport report) {
        double share = share(report.agencyHours(), report.allHours());
        double spend = report.spend().doubleValue();
        double budget = report.budget().doubleValue();
        List<Issue> issues = new ArrayList<>();
        if (spend > budget) {
            issues.add(new Issue(Issue.Severity.MEDIUM, "agency", "Agency spend " + report.spend()
                    + " is over the budget of " + report.budget() + " for the period", null, null, List.of(), List.of()));
        }
        return Component.scored("agency", weights.agency(),
                Math.min(Component.falling(share, 0.05, 0.20), Component.withinBudget(spend, budget)),
                metrics("agencyHours", report.agencyHours(), "allHours", report.allHours(), "share",
                        Component.round(share), "spend", report.spend(), "budget", report.budget()), issues);
    }

    /** 100 x (1 - Gini of overtime hours), less 10 for each person carrying more than twice the average. */
    private Component fairness(ReportService.OvertimeReport report) {
        if (report.overtimeHours().signum() == 0) {
            return Component.scored("fairness", weights.fairness(), 100, metrics("gini", BigDecimal.ZERO,
                    "overtimeHours", report.overtimeHours()), List.of());
        }
        double average = report.overtimeHours().doubleValue() / Math.max(1, report.peopleCounted());
        List<Issue> issues = report.people().stream().filter(row -> row.overtimeHours().doubleValue() > 2 * average)
                .map(row -> new Issue(Issue.Severity.MEDIUM, "fairness", row.person().fullName() + " works "
                        + row.overtimeHours() + " h overtime, more than twice the average of "
                        + Component.round(average) + " h", null, null, List.of(), List.of(row.person().id())))
                .toList();
        double score = 100 * (1 - report.gini().doubleValue()) - 10.0 * issues.size();
        return Component.scored("fairness", weights.fairness(), score, metrics("gini", report.gini(),
                "averageOvertimeHours", Component.round(average), "overTwiceAverage", issues.size()), issues);
    }

    /**
     * Staff shifts worked while a critical or mandatory certification is not valid, asked of the
     * compliance service in one call for the last day, with the caller's token; a shift counts
     * when it falls after the expiry (or always, for a missing or pending one).
     */
    private Component certifications(Rota rota) {
        List<Shift> staffed = rota.shifts().stream().filter(shift -> shift.staffId() != null).toList();
        if (staffed.isEmpty()) {
            return Component.scored("certifications", weights.certifications(), 100, metrics("staffShifts", 0), List.of());
        }
        if (rota.certifications().notValid() == null) {
            return Component.unavailable("certifications", weights.certifications(),
                    "The compliance service did not answer; the score is computed without this component");
        }
        Map<UUID, List<ComplianceClient.NotValid>> lapsed = rota.certifications().notValid();
        List<Issue> issues = new ArrayList<>();
        Set<UUID> affected = new HashSet<>();
        for (Shift shift : staffed) {
            for (ComplianceClient.NotValid certificate : lapsed.getOrDefault(shift.staffId(), List.of())) {
                boolean critical = certificate.critical();
                boolean lapsedThen = certificate.expiryDate() == null
                        || shift.times().date().isAfter(certificate.expiryDate());
                if (critical && lapsedThen && affected.add(shift.id())) {
                    Staff person = rota.staff().get(shift.staffId());
                    issues.add(new Issue(Issue.Severity.HIGH, "certifications", (person == null ? "Staff member"
                            : person.fullName()) + " is rostered on " + shift.times().date() + " with "
                            + certificate.typeName() + " " + certificate.status()
                            + (certificate.expiryDate() == null ? "" : " (expired " + certificate.expiryDate() + ")"),
                            shift.unitId(), shift.times().date(), List.of(shift.id()), List.of(shift.staffId())));
                }
            }
        }
        double score = 100.0 * (1 - (double) affected.size() / staffed.size());
        return Component.scored("certifications", weights.certifications(), score,
                metrics("staffShifts", staffed.size(), "shiftsWithLapsedCertification", affected.size()), issues);
    }

    /**
     * One call to compliance, with the caller's token, for everyone on a shift and everyone of the
     * home who could be suggested, on the period's last day, through the guarded client (timeout,
     * one retry, circuit breaker: {@code GuardedCompliance#statusOfHome}). Outside the database transaction: a
     * slow or failing remote call must neither hold the transaction (and its connection) open nor
     * leave it unusable for the commit.
     */
    private Certifications askCompliance(List<Shift> live, Map<UUID, Staff> homeStaff, LocalDate to) {
        java.util.LinkedHashSet<UUID> ids = new java.util.LinkedHashSet<>();
        live.stream().map(Shift::staffId).filter(java.util.Objects::nonNull).forEach(ids::add);
        boolean anyOpen = live.stream().anyMatch(Shift::isOpen);
        if (anyOpen) {
            homeStaff.values().stream().filter(Staff::active).map(Staff::id).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            return new Certifications(Map.of());
        }
        List<ComplianceClient.Person> people = ids.stream().map(id -> new ComplianceClient.Person(id,
                homeStaff.containsKey(id) ? homeStaff.get(id).roleCode() : null)).toList();
        ComplianceClient.StatusResponse answer;
        try {
            String token = "Bearer " + caller.getRawToken();
            answer = io.quarkus.narayana.jta.QuarkusTransaction.suspendingExisting()
                    .call(() -> compliance.statusOfHome(token, new ComplianceClient.StatusRequest(to, people)));
        } catch (RuntimeException unavailable) {
            LOG.warnf("Compliance service unavailable for rota health: %s", unavailable.getMessage());
            return new Certifications(null);
        }
        return new Certifications(answer.staff() == null ? Map.of() : answer.staff().stream()
                .filter(status -> status.notValid() != null)
                .collect(Collectors.toMap(ComplianceClient.PersonStatus::staffId, ComplianceClient.PersonStatus::notValid,
                        (a, b) -> a)));
    }

    /** Shifts created, or changed before they started, less than 7 days ahead: the rota was published late. */
    private Component lateChanges(Rota rota) {
        List<Shift> late = rota.shifts().stream().filter(shift -> {
            var cutoff = shift.times().startsAt().minus(PUBLISHED_AHEAD);
            boolean createdLate = shift.createdAt().isAfter(cutoff);
            boolean changedLate = shift.updatedAt().isAfter(cutoff) && shift.updatedAt().isBefore(shift.times().startsAt());
            return createdLate || changedLate;
        }).toList();
        List<Issue> issues = late.stream().map(shift -> new Issue(Issue.Severity.LOW, "lateChanges", "Shift on "
                + shift.times().date() + " was created or changed less than 7 days before it started", shift.unitId(),
                shift.times().date(), List.of(shift.id()), shift.staffId() == null ? List.of() : List.of(shift.staffId())))
                .toList();
        double score = rota.shifts().isEmpty() ? 100 : 100.0 * (1 - (double) late.size() / rota.shifts().size());
        return Component.scored("lateChanges", weights.lateChanges(), score,
                metrics("shifts", rota.shifts().size(), "late", late.size()), issues);
    }

    /** Days on which more than 13% of the home's active staff are away on approved leave. */
    private Component leaveSpread(Rota rota) {
        long active = rota.staff().values().stream().filter(Staff::active).count();
        int days = 0;
        List<Issue> issues = new ArrayList<>();
        double peak = 0;
        for (LocalDate day = rota.from(); !day.isAfter(rota.to()); day = day.plusDays(1)) {
            days++;
            LocalDate today = day;
            List<UUID> away = rota.absences().stream().filter(a -> !a.firstDay().isAfter(today) && !a.lastDay().isBefore(today))
                    .map(Absence::staffId).distinct().toList();
            double share = active == 0 ? 0 : (double) away.size() / active;
            peak = Math.max(peak, share);
            if (share > LEAVE_SHARE) {
                issues.add(new Issue(Issue.Severity.LOW, "leaveSpread", away.size() + " of " + active
                        + " staff are away on " + day + " (" + Component.round(100 * share) + "%, benchmark 13%)", null,
                        day, List.of(), away));
            }
        }
        double score = days == 0 ? 100 : 100.0 * (1 - (double) issues.size() / days);
        return Component.scored("leaveSpread", weights.leaveSpread(), score, metrics("days", days, "daysOver13Percent",
                issues.size(), "peakShare", Component.round(peak)), issues);
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.doubleValue() / whole.doubleValue();
    }

    private static Map<String, Object> metrics(Object... namesAndValues) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            metrics.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return metrics;
    }
}
