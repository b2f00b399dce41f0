package io.careops.incidentsafety.actionplan.service;

import io.careops.incidentsafety.actionplan.domain.ActionPlanRepository;
import io.careops.incidentsafety.actionplan.domain.PlanReference;
import io.careops.incidentsafety.actionplan.domain.PlanStatus;
import io.careops.incidentsafety.actionplan.domain.PlanTransition;
import io.careops.incidentsafety.actionplan.domain.Priority;
import io.careops.incidentsafety.actionplan.domain.ProgressNote;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import io.careops.incidentsafety.analysis.domain.AnalysisRepository;
import io.careops.incidentsafety.analysis.domain.RootCauseAnalysis;
import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.domain.ReferenceNumbers;
import io.careops.incidentsafety.incident.service.IncidentService;
import io.careops.incidentsafety.events.SafetyEvents;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class ActionPlanService {

    static final String SERIES = "SAP";
    /** SAP-YYYY-NNN: three digits, growing past 999 (SAP-2026-1000). */
    static final int DIGITS = 3;

    private final ActionPlanRepository plans;
    private final IncidentService incidents;
    private final AnalysisRepository analyses;
    private final ReferenceNumbers references;
    private final CareHomeAccess access;
    private final JsonWebToken caller;
    private final Clock clock;
    private final ActionPlanMetrics metrics;
    private final TransactionSynchronizationRegistry transactions;
    private final SafetyEvents events;

    public ActionPlanService(ActionPlanRepository plans, IncidentService incidents, AnalysisRepository analyses,
            ReferenceNumbers references, CareHomeAccess access, JsonWebToken caller, Clock clock,
            ActionPlanMetrics metrics, TransactionSynchronizationRegistry transactions, SafetyEvents events) {
        this.events = events;
        this.plans = plans;
        this.incidents = incidents;
        this.analyses = analyses;
        this.references = references;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
        this.metrics = metrics;
        this.transactions = transactions;
    }

    /** A new plan, IDENTIFIED, with the next SAP reference of the year. */
    @Transactional
    public SafetyActionPlan create(UUID incidentId, UUID analysisId, SafetyActionPlan.Details details, LocalDate identifiedOn) {
        Incident incident = incidents.get(incidentId);
        checkAnalysis(incidentId, analysisId);
        String reference = references.next(SERIES, today().getYear(), DIGITS);
        SafetyActionPlan plan = SafetyActionPlan.identify(reference, incident.careHomeId(), incidentId, analysisId,
                details, identifiedOn == null ? today() : identifiedOn, today(), caller.getName(), clock.instant());
        plans.persist(plan);
        plans.keep(plan.identified(caller.getName(), clock.instant(), null));
        afterCommit(() -> metrics.created(plan.priority()));
        return plan;
    }

    /**
     * A plan carried over from the legacy system. A legacy SAP number is kept as the reference
     * (and the counter moves past it); a CAPA or HSAP number becomes an alias and the plan gets a
     * fresh SAP number of that year, so the old and new schemes never collide.
     */
    @Transactional
    public SafetyActionPlan carryOver(String legacyReference, PlanStatus legacyStatus, int percentComplete,
            UUID incidentId, UUID analysisId, SafetyActionPlan.Details details, LocalDate identifiedOn) {
        Incident incident = incidents.get(incidentId);
        checkAnalysis(incidentId, analysisId);
        String reference;
        String alias = null;
        Matcher sap = PlanReference.SAP.matcher(legacyReference);
        if (sap.matches()) {
            if (plans.referenceTaken(legacyReference)) {
                throw ProblemException.conflict("a plan with reference " + legacyReference + " already exists");
            }
            references.reserveUpTo(SERIES, Integer.parseInt(sap.group(1)), Long.parseLong(sap.group(2)));
            reference = legacyReference;
        } else {
            Matcher legacy = PlanReference.LEGACY.matcher(legacyReference);
            if (!legacy.matches()) {
                throw ProblemException.ruleViolation("legacyReference", "must look like CAPA-YYYY-NNN, HSAP-YYYY-NNN or SAP-YYYY-NNN");
            }
            if (plans.legacyReferenceTaken(legacyReference)) {
                throw ProblemException.conflict("legacy plan " + legacyReference + " was already carried over");
            }
            reference = references.next(SERIES, Integer.parseInt(legacy.group(2)), DIGITS);
            alias = legacyReference;
        }
        SafetyActionPlan plan = SafetyActionPlan.identify(reference, incident.careHomeId(), incidentId, analysisId,
                details, identifiedOn, today(), caller.getName(), clock.instant());
        plan.carriedOver(alias, legacyStatus, percentComplete);
        plans.persist(plan);
        plans.keep(plan.identified(caller.getName(), clock.instant(),
                "carried over from the legacy system as " + legacyReference + " in status " + legacyStatus));
        return plan;
    }

    @Transactional
    public SafetyActionPlan get(String reference) {
        return access.visible(PlanReference.parse(reference).flatMap(plans::find), SafetyActionPlan::careHomeId,
                "Action plan", reference);
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, UUID careHomeId, UUID incidentId, PlanStatus status, Priority priority,
            Boolean overdue, Function<SafetyActionPlan, T> toResponse) {
        return Page.of(plans.search(access.restriction(), careHomeId, incidentId, status, priority, overdue, today()),
                page, toResponse);
    }

    /** The most plans one export holds: a care group's history many times over; narrower filters beyond. */
    public static final int MAX_EXPORT = 10_000;

    /** Every plan the list's filters select (not a page), newest first, for an export; 422 beyond {@link #MAX_EXPORT}. */
    @Transactional
    public List<SafetyActionPlan> export(UUID careHomeId, UUID incidentId, PlanStatus status, Priority priority,
            Boolean overdue) {
        if (careHomeId != null) {
            access.requireVisible(careHomeId, "Care home", careHomeId);
        }
        var query = plans.search(access.restriction(), careHomeId, incidentId, status, priority, overdue, today());
        long count = query.count();
        if (count > MAX_EXPORT) {
            throw ProblemException.ruleViolation("careHomeId", count + " plans match: an export holds at most " + MAX_EXPORT
                    + "; narrow it (careHomeId, status, priority)");
        }
        return query.list();
    }

    @Transactional
    public SafetyActionPlan revise(String reference, SafetyActionPlan.Details details) {
        SafetyActionPlan plan = get(reference);
        plan.revise(details, clock.instant());
        return plan;
    }

    @Transactional
    public SafetyActionPlan recordProgress(String reference, int percent, String note) {
        SafetyActionPlan plan = get(reference);
        plans.keep(plan.recordProgress(percent, note, caller.getName(), clock.instant()));
        return plan;
    }

    @Transactional
    public SafetyActionPlan reviewEffectiveness(String reference, LocalDate reviewedOn, boolean effective, String notes) {
        SafetyActionPlan plan = get(reference);
        plan.reviewEffectiveness(reviewedOn, effective, notes, caller.getName(), today(), clock.instant());
        return plan;
    }

    @Transactional
    public SafetyActionPlan moveTo(String reference, SafetyActionPlan.Move move) {
        SafetyActionPlan plan = get(reference);
        boolean manager = caller.getGroups().contains(Roles.MANAGER) || caller.getGroups().contains(Roles.ADMIN);
        PlanTransition transition = plan.moveTo(move, caller.getName(), manager, today(), clock.instant());
        plans.keep(transition);
        events.actionPlanMoved(plan, transition);
        return plan;
    }

    @Transactional
    public List<PlanTransition> transitions(String reference) {
        return plans.transitions(get(reference).id());
    }

    @Transactional
    public List<ProgressNote> progress(String reference) {
        return plans.progress(get(reference).id());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(IncidentService.REFERENCE_ZONE));
    }

    private void checkAnalysis(UUID incidentId, UUID analysisId) {
        if (analysisId == null) {
            return;
        }
        boolean ofTheIncident = analyses.findByIdOptional(analysisId).map(RootCauseAnalysis::incidentId)
                .filter(incidentId::equals).isPresent();
        if (!ofTheIncident) {
            throw ProblemException.ruleViolation("analysisId", "must be the analysis of the plan's incident");
        }
    }

    /** Metrics follow committed data only. */
    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
