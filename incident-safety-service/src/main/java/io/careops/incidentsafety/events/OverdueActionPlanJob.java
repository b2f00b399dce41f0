package io.careops.incidentsafety.events;

import io.careops.incidentsafety.actionplan.domain.ActionPlanRepository;
import io.careops.incidentsafety.actionplan.domain.PlanStatus;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import io.careops.incidentsafety.incident.service.IncidentService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Overdue is derived (work outstanding and the target date passed), so no write raises it: this
 * job looks every {@code careops.events.overdue-every} (default 15 min) and writes one
 * {@code actionplan.overdue} event per plan and target date. Replicas take a transaction-scoped
 * advisory lock first, so two never write the same event; a plan whose target date is moved and
 * passes again is announced again.
 */
@ApplicationScoped
public class OverdueActionPlanJob {

    private static final Logger LOG = Logger.getLogger(OverdueActionPlanJob.class);
    private static final long LOCK = 0x4f56455244554531L;

    private final ActionPlanRepository plans;
    private final SafetyEvents events;
    private final Clock clock;

    public OverdueActionPlanJob(ActionPlanRepository plans, SafetyEvents events, Clock clock) {
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(identity = "action-plan-overdue-events", every = "${careops.events.overdue-every:15m}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            announce();
        } catch (RuntimeException failure) {
            LOG.warnf("Overdue action plan events not written this time: %s", failure.getMessage());
        }
    }

    /** @return how many overdue events were written */
    public int announce() {
        LocalDate today = LocalDate.now(clock.withZone(IncidentService.REFERENCE_ZONE));
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) plans.getEntityManager()
                    .createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)").setParameter("lock", LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<java.util.UUID> ids = plans.getEntityManager().createNativeQuery("""
                    SELECT p.id FROM safety_action_plan p
                    WHERE p.status IN (:outstanding) AND p.target_date < CAST(:today AS date)
                      AND NOT EXISTS (SELECT 1 FROM outbox_event e
                                      WHERE e.type = :type AND e.subject = 'action-plans/' || p.reference
                                        AND e.data ->> 'targetDate' = CAST(p.target_date AS text))
                    ORDER BY p.target_date, p.id""", java.util.UUID.class)
                    .setParameter("outstanding", PlanStatus.WORK_OUTSTANDING.stream().map(Enum::name).toList())
                    .setParameter("today", today).setParameter("type", SafetyEvents.ACTION_PLAN_OVERDUE)
                    .getResultList();
            for (java.util.UUID id : ids) {
                SafetyActionPlan plan = plans.findById(id);
                events.actionPlanOverdue(plan, today);
            }
            return ids.size();
        });
    }
}
