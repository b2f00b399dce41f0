package io.careops.scheduling.notification.service;

import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the {@link NotificationMailSender} every {@code careops.notifications.mail.every} (default
 * 10 s) on every replica; the replicas share the work through the row locks, never mailing a
 * notification twice.
 */
@ApplicationScoped
public class NotificationMailJob {

    public static final String IDENTITY = "notification-mail";
    private static final Logger LOG = Logger.getLogger(NotificationMailJob.class);

    private final NotificationMailSender sender;
    private final boolean enabled;

    public NotificationMailJob(DataSource dataSource, Mailer mailer, Clock clock,
            @ConfigProperty(name = "careops.notifications.mail.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "careops.notifications.mail.backoff", defaultValue = "PT1M") Duration backoff,
            @ConfigProperty(name = "careops.notifications.mail.backoff-cap", defaultValue = "PT2H") Duration backoffCap,
            @ConfigProperty(name = "careops.notifications.mail.max-attempts", defaultValue = "10") int maxAttempts,
            @ConfigProperty(name = "careops.notifications.mail.max-per-run", defaultValue = "200") int maxPerRun) {
        this.enabled = enabled;
        this.sender = new NotificationMailSender(dataSource, mailer, clock,
                new NotificationMailSender.Settings(backoff, backoffCap, maxAttempts, maxPerRun));
    }

    @Scheduled(identity = IDENTITY, every = "${careops.notifications.mail.every:10s}",
            delayed = "${careops.notifications.mail.delay:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        if (!enabled) {
            return;
        }
        try {
            NotificationMailSender.Run run = sender.sendDue();
            if (run.attempted() > 0) {
                LOG.debugf("Notification mails: %d attempted, %d sent", run.attempted(), run.sent());
            }
        } catch (RuntimeException failure) {
            // The database may be restarting; the next run tries again.
            LOG.warnf("Notification mail run failed: %s", failure.getMessage());
        }
    }

    public NotificationMailSender sender() {
        return sender;
    }
}
