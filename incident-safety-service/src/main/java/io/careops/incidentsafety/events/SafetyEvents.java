package io.careops.incidentsafety.events;

import io.careops.incidentsafety.actionplan.domain.PlanTransition;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.platform.events.EventCatalogue;
import io.careops.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The domain events incident-safety writes to its outbox, in the transaction of the change (see the
 * README, "Events and webhooks"). Payloads carry identifiers, references, classifications and
 * dates, never the free text of an incident (which may describe a resident).
 */
@ApplicationScoped
public class SafetyEvents implements EventCatalogue {

    public static final String INCIDENT_REPORTED = "io.careops.incidentsafety.incident.reported";
    public static final String ACTION_PLAN_MOVED = "io.careops.incidentsafety.actionplan.moved";
    public static final String ACTION_PLAN_OVERDUE = "io.careops.incidentsafety.actionplan.overdue";

    private final Outbox outbox;

    public SafetyEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Set<String> types() {
        return Set.of(INCIDENT_REPORTED, ACTION_PLAN_MOVED, ACTION_PLAN_OVERDUE);
    }

    public void incidentReported(Incident incident) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentId", incident.id());
        data.put("reference", incident.reference());
        data.put("careHomeId", incident.careHomeId());
        data.put("unitId", incident.unitId());
        data.put("incidentType", incident.incidentType());
        data.put("severity", incident.severity());
        data.put("occurredAt", incident.occurredAt().toOffsetDateTime().toString());
        data.put("reportedBy", incident.reportedBy());
        data.put("status", incident.status());
        outbox.record(INCIDENT_REPORTED, "incidents/" + incident.id(), incident.careHomeId(), data);
    }

    public void actionPlanMoved(SafetyActionPlan plan, PlanTransition transition) {
        Map<String, Object> data = plan(plan);
        data.put("from", transition.from());
        data.put("to", transition.to());
        data.put("movedBy", transition.movedBy());
        data.put("movedAt", transition.movedAt().toString());
        outbox.record(ACTION_PLAN_MOVED, "action-plans/" + plan.reference(), plan.careHomeId(), data);
    }

    public void actionPlanOverdue(SafetyActionPlan plan, LocalDate today) {
        Map<String, Object> data = plan(plan);
        data.put("status", plan.status());
        data.put("daysOverdue", plan.daysOverdue(today));
        data.put("asOf", today.toString());
        outbox.record(ACTION_PLAN_OVERDUE, "action-plans/" + plan.reference(), plan.careHomeId(), data);
    }

    private static Map<String, Object> plan(SafetyActionPlan plan) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actionPlanId", plan.id());
        data.put("reference", plan.reference());
        data.put("careHomeId", plan.careHomeId());
        data.put("incidentId", plan.incidentId());
        data.put("priority", plan.priority());
        data.put("owner", plan.owner());
        data.put("targetDate", plan.targetDate() == null ? null : plan.targetDate().toString());
        return data;
    }
}
