package io.careops.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the {@link WebhookDispatcher} every {@code careops.webhooks.dispatch-every} (default 5 s) on
 * every replica; the replicas share the work through the row locks, never sending a delivery twice.
 */
@ApplicationScoped
public class WebhookDispatchJob {

    private static final Logger LOG = Logger.getLogger(WebhookDispatchJob.class);

    private final WebhookDispatcher dispatcher;
    private final boolean enabled;

    public WebhookDispatchJob(DataSource dataSource, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "careops.webhooks.dispatcher.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "careops.webhooks.timeout", defaultValue = "PT5S") Duration timeout,
            @ConfigProperty(name = "careops.webhooks.backoff", defaultValue = "PT30S") Duration backoff,
            @ConfigProperty(name = "careops.webhooks.backoff-cap", defaultValue = "PT1H") Duration backoffCap,
            @ConfigProperty(name = "careops.webhooks.max-attempts", defaultValue = "10") int maxAttempts,
            @ConfigProperty(name = "careops.webhooks.max-per-run", defaultValue = "500") int maxPerRun) {
        this.enabled = enabled;
        this.dispatcher = new WebhookDispatcher(dataSource, json, clock,
                new WebhookDispatcher.Settings(timeout, backoff, backoffCap, maxAttempts, maxPerRun));
    }

    @Scheduled(identity = "webhook-dispatch", every = "${careops.webhooks.dispatch-every:5s}", delayed = "${careops.webhooks.dispatch-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        if (!enabled) {
            return;
        }
        try {
            WebhookDispatcher.Run run = dispatcher.dispatchDue();
            if (run.attempted() > 0) {
                LOG.debugf("Webhook deliveries: %d attempted, %d delivered", run.attempted(), run.delivered());
            }
        } catch (RuntimeException failure) {
            // The database may be restarting; the next run tries again.
            LOG.warnf("Webhook dispatch run failed: %s", failure.getMessage());
        }
    }

    public WebhookDispatcher dispatcher() {
        return dispatcher;
    }
}
