package io.careops.incidentsafety.actionplan.service;

import io.careops.incidentsafety.actionplan.domain.ActionPlanRepository;
import io.careops.incidentsafety.actionplan.domain.Priority;
import io.careops.incidentsafety.incident.service.IncidentService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Business metrics: {@code careops.action_plans.overdue} (a gauge: plans whose work is outstanding
 * past the target date, all homes) and {@code careops.action_plans.created} (a counter, by
 * priority). The gauge reads a number counted every minute, never the database at scrape time:
 * a scrape must not hold a connection. Overdue changes at midnight without any write, so a
 * schedule counts rather than the writes; the figure is at most a minute behind.
 */
@Startup
@ApplicationScoped
public class ActionPlanMetrics {

    public static final String OVERDUE = "careops.action_plans.overdue";
    public static final String CREATED = "careops.action_plans.created";

    private final ActionPlanRepository plans;
    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicLong overdue = new AtomicLong();

    public ActionPlanMetrics(ActionPlanRepository plans, MeterRegistry registry, Clock clock) {
        this.plans = plans;
        this.registry = registry;
        this.clock = clock;
        Gauge.builder(OVERDUE, overdue, AtomicLong::get)
                .description("Safety action plans past their target date with the work not done")
                .register(registry);
    }

    public void created(Priority priority) {
        Counter.builder(CREATED).description("Safety action plans created").tag("priority", priority.name())
                .register(registry).increment();
    }

    /** Counts again, in a transaction of its own. */
    @Scheduled(every = "60s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        LocalDate today = LocalDate.now(clock.withZone(IncidentService.REFERENCE_ZONE));
        overdue.set(QuarkusTransaction.requiringNew().call(() -> plans.countOverdue(today)));
    }

    public long overdue() {
        return overdue.get();
    }
}
