package io.careops.compliance.alert.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The schedules: record alerts once a day (cron {@code careops.alerts.cron}, default 06:00 UK
 * time), and deliver due alerts, including retries, every {@code careops.alerts.delivery-every}.
 * Overlapping runs, on one replica or several, are safe: recording is exactly-once in the
 * database and delivery claims alerts before sending them.
 */
@ApplicationScoped
public class AlertJob {

    private final AlertService alerts;

    public AlertJob(AlertService alerts) {
        this.alerts = alerts;
    }

    @Scheduled(identity = "expiry-alerts", cron = "${careops.alerts.cron:0 0 6 * * ?}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        alerts.record(alerts.today());
        alerts.deliverDue();
    }

    @Scheduled(identity = "alert-delivery", every = "${careops.alerts.delivery-every:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliver() {
        alerts.deliverDue();
    }
}
