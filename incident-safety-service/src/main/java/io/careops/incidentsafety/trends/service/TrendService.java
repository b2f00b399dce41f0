package io.careops.incidentsafety.trends.service;

import io.careops.incidentsafety.actionplan.domain.ActionPlanRepository;
import io.careops.incidentsafety.actionplan.domain.PlanStatus;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import io.careops.incidentsafety.analysis.domain.AnalysisRepository;
import io.careops.incidentsafety.analysis.domain.AnalysisStatus;
import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.domain.IncidentRepository;
import io.careops.incidentsafety.incident.domain.IncidentStatus;
import io.careops.incidentsafety.incident.domain.Severity;
import io.careops.incidentsafety.incident.service.IncidentService;
import io.careops.incidentsafety.trends.domain.Figures;
import io.careops.incidentsafety.trends.domain.TrendInterval;
import io.careops.platform.security.CareHomeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Incident trends for a home (or all the caller's homes), counted from the stored incidents,
 * analyses and plans. An incident belongs to the period holding the local date it happened on.
 */
@ApplicationScoped
public class TrendService {

    public static final int MAX_PERIODS = 120;
    static final String NO_UNIT = "unassigned";

    private final IncidentRepository incidents;
    private final AnalysisRepository analyses;
    private final ActionPlanRepository plans;
    private final CareHomeAccess access;
    private final Clock clock;

    public TrendService(IncidentRepository incidents, AnalysisRepository analyses, ActionPlanRepository plans,
            CareHomeAccess access, Clock clock) {
        this.incidents = incidents;
        this.analyses = analyses;
        this.plans = plans;
        this.access = access;
        this.clock = clock;
    }

    /** Periods are whole calendar periods from the one holding {@code from} to the one holding {@code to}. */
    @Transactional
    public TrendReport report(UUID careHomeId, LocalDate from, LocalDate to, TrendInterval interval) {
        if (careHomeId != null) {
            access.requireVisible(careHomeId, "Care home", careHomeId);
        }
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = interval.startOf(from); !start.isAfter(to); start = interval.next(start)) {
            starts.add(start);
        }
        LocalDate before = interval.previous(starts.get(0));
        LocalDate end = interval.next(starts.get(starts.size() - 1));
        // A day's margin either side catches every zone; the local date decides below.
        List<Incident> found = incidents.occurredBetween(access.restriction(), careHomeId,
                before.minusDays(1).atStartOfDay(IncidentService.REFERENCE_ZONE).toInstant(),
                end.plusDays(1).atStartOfDay(IncidentService.REFERENCE_ZONE).toInstant());
        Map<UUID, AnalysisStatus> analysisStatus = analyses.statusByIncident(found.stream().map(Incident::id).toList());

        List<TrendReport.Period> periods = new ArrayList<>();
        long previous = count(found, before, starts.get(0));
        for (LocalDate start : starts) {
            LocalDate next = interval.next(start);
            List<Incident> in = between(found, start, next);
            periods.add(new TrendReport.Period(start, next.minusDays(1), in.size(),
                    countBy(in, Incident::incidentType),
                    countBy(in, incident -> incident.type().map(type -> type.group().name()).orElse("UNKNOWN")),
                    bySeverity(in),
                    countBy(in, incident -> incident.unitId() == null ? NO_UNIT : incident.unitId().toString()),
                    new TrendReport.Change(previous, in.size() - previous, Figures.percent(in.size() - previous, previous)),
                    completion(in, analysisStatus)));
            previous = in.size();
        }
        List<Incident> inRange = between(found, starts.get(0), end);
        List<Long> daysToClose = inRange.stream().filter(incident -> incident.status() == IncidentStatus.CLOSED)
                .map(incident -> ChronoUnit.DAYS.between(incident.occurredAt().toLocalDate(),
                        incident.closedAt().atZone(incident.occurredAt().getZone()).toLocalDate()))
                .toList();
        TrendReport.Totals totals = new TrendReport.Totals(inRange.size(), completion(inRange, analysisStatus),
                daysToClose.size(), Figures.median(daysToClose));
        return new TrendReport(careHomeId, starts.get(0), end.minusDays(1), interval.name(), periods, totals,
                actionPlans(careHomeId, starts.get(0), end.minusDays(1)));
    }

    private TrendReport.ActionPlans actionPlans(UUID careHomeId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(IncidentService.REFERENCE_ZONE));
        List<SafetyActionPlan> identified = plans.identifiedBetween(access.restriction(), careHomeId, from, to);
        List<Long> daysToClose = identified.stream()
                .filter(plan -> plan.status() == PlanStatus.CLOSED && plan.closedAt() != null)
                .map(plan -> ChronoUnit.DAYS.between(plan.identifiedOn(),
                        plan.closedAt().atZone(IncidentService.REFERENCE_ZONE).toLocalDate()))
                .toList();
        return new TrendReport.ActionPlans(identified.size(),
                countWhere(identified, plan -> plan.status() != PlanStatus.CLOSED),
                countWhere(identified, plan -> plan.overdue(today)),
                countWhere(identified, plan -> Boolean.TRUE.equals(plan.effective())),
                countWhere(identified, plan -> plan.status() == PlanStatus.CLOSED),
                Figures.median(daysToClose));
    }

    private static TrendReport.AnalysisCompletion completion(List<Incident> in, Map<UUID, AnalysisStatus> status) {
        List<Incident> required = in.stream().filter(Incident::investigationRequired).toList();
        long approved = countWhere(required, incident -> status.get(incident.id()) == AnalysisStatus.APPROVED);
        return new TrendReport.AnalysisCompletion(required.size(), approved, Figures.percent(approved, required.size()));
    }

    private static List<Incident> between(List<Incident> all, LocalDate start, LocalDate endExclusive) {
        return all.stream().filter(incident -> {
            LocalDate day = incident.occurredAt().toLocalDate();
            return !day.isBefore(start) && day.isBefore(endExclusive);
        }).toList();
    }

    private static long count(List<Incident> all, LocalDate start, LocalDate endExclusive) {
        return between(all, start, endExclusive).size();
    }

    private static <T> long countWhere(List<T> items, Predicate<T> condition) {
        return items.stream().filter(condition).count();
    }

    private static Map<String, Long> countBy(List<Incident> in, Function<Incident, String> key) {
        return in.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /** Every severity, with zero where there were none, in rising order. */
    private static Map<String, Long> bySeverity(List<Incident> in) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(Severity.values()).forEach(severity -> counts.put(severity.name(),
                countWhere(in, incident -> incident.severity() == severity)));
        return counts;
    }
}
