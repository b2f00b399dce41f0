package io.careops.compliance.alert.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careops.compliance.alert.domain.AlertRepository;
import io.careops.compliance.alert.domain.ExpiryAlert;
import io.careops.compliance.certification.service.CertificationService;
import io.careops.platform.events.Outbox;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Expiry alerts: recording (exactly once per certification and state, decided by the database)
 * and delivery to the webhook (signed, retried with doubling backoff, every attempt recorded).
 */
@ApplicationScoped
public class AlertService {

    private static final Logger LOG = Logger.getLogger(AlertService.class);
    private static final int BATCH = 100;
    /** Long enough for a batch of slow webhook calls; a crashed run's claims come back after it. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    public record RunResult(LocalDate asOf, Map<String, Long> recorded, int attempted, int delivered) {
    }

    private final AlertRepository alerts;
    private final Outbox outbox;
    private final WebhookSender webhook;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration backoff;
    private final int maxAttempts;

    public AlertService(AlertRepository alerts, Outbox outbox, WebhookSender webhook, ObjectMapper json, MeterRegistry meters, Clock clock,
            @ConfigProperty(name = "careops.alerts.webhook.backoff", defaultValue = "PT1M") Duration backoff,
            @ConfigProperty(name = "careops.alerts.webhook.max-attempts", defaultValue = "8") int maxAttempts) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.webhook = webhook;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CertificationService.UK));
    }

    /** The daily run: record what is due on {@code asOf}, then deliver what is due now. */
    public RunResult run(LocalDate asOf) {
        if (asOf.isAfter(today())) {
            throw ProblemException.ruleViolation("asOf", "alerts cannot be recorded for a day that has not come ("
                    + asOf + " is after " + today() + ")");
        }
        Map<String, Long> recorded = record(asOf);
        int[] delivery = deliverDue();
        return new RunResult(asOf, recorded, delivery[0], delivery[1]);
    }

    public Map<String, Long> record(LocalDate asOf) {
        Map<String, Long> recorded = new LinkedHashMap<>();
        recorded.put(ExpiryAlert.Kind.EXPIRING_SOON.name(), 0L);
        recorded.put(ExpiryAlert.Kind.EXPIRED.name(), 0L);
        // The alerts and their domain events (certification expiring / expired) in one transaction.
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> inserted = alerts.recordDue(asOf, webhook.recipient().orElse(null), clock.instant());
            for (Object[] row : inserted) {
                CertificationEvents.alertRecorded(outbox, row, asOf);
            }
            return inserted;
        });
        for (Object[] row : rows) {
            recorded.merge((String) row[1], 1L, Long::sum);
        }
        recorded.forEach((kind, count) -> meters.counter("careops.compliance.alerts.recorded", "kind", kind).increment(count));
        LOG.infof("Expiry alerts recorded for %s: %s", asOf, recorded);
        return recorded;
    }

    /** @return {attempted, delivered} */
    public int[] deliverDue() {
        int attempted = 0;
        int delivered = 0;
        while (true) {
            Instant now = clock.instant();
            List<UUID> claimed = QuarkusTransaction.requiringNew().call(() -> alerts.claimDue(now, now.plus(LEASE), BATCH));
            for (UUID id : claimed) {
                attempted++;
                if (deliver(id)) {
                    delivered++;
                }
            }
            if (claimed.size() < BATCH) {
                return new int[] {attempted, delivered};
            }
        }
    }

    /** One attempt; the HTTP call is made outside any transaction, the outcome recorded after it. */
    private boolean deliver(UUID id) {
        ExpiryAlert alert = QuarkusTransaction.requiringNew().call(() -> alerts.findById(id));
        WebhookSender.Outcome outcome = webhook.send(id.toString(), payload(alert), clock.instant());
        QuarkusTransaction.requiringNew().run(() -> {
            ExpiryAlert current = alerts.findById(id);
            if (outcome.delivered()) {
                current.delivered(outcome.status(), clock.instant());
            } else {
                current.attemptFailed(outcome.status(), outcome.error(), clock.instant(), backoff, maxAttempts);
            }
        });
        if (outcome.delivered()) {
            meters.counter("careops.compliance.alerts.delivered", "kind", alert.kind().name()).increment();
        } else {
            LOG.warnf("Alert %s not delivered (attempt %d): %s", id, alert.attempts() + 1, outcome.error());
        }
        return outcome.delivered();
    }

    private String payload(ExpiryAlert alert) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertId", alert.id());
        body.put("kind", alert.kind());
        body.put("certificationId", alert.certificationId());
        body.put("careHomeId", alert.careHomeId());
        body.put("staffId", alert.staffId());
        body.put("staffNumber", alert.staffNumber());
        body.put("certificationType", alert.certificationType());
        body.put("expiryDate", alert.expiryDate().toString());
        body.put("detectedOn", alert.detectedOn().toString());
        body.put("recordedAt", alert.recordedAt().toString());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, CareHomeAccess access, UUID careHomeId, UUID certificationId,
            ExpiryAlert.Kind kind, ExpiryAlert.DeliveryState state, Function<ExpiryAlert, T> toResponse) {
        return Page.of(alerts.search(access.restriction(), careHomeId, certificationId, kind, state), page, toResponse);
    }
}
