package io.careops.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries as CloudEvents 1.0 in structured JSON mode, signed per subscription
 * ({@link WebhookSignature}), one delivery per database transaction:
 * <ol>
 * <li>claim the oldest due delivery with {@code SELECT ... FOR UPDATE SKIP LOCKED}: another replica
 * (or another run on this one) skips it and takes the next;</li>
 * <li>POST it (bounded by {@code timeout});</li>
 * <li>record the outcome (DELIVERED, or the next attempt after an exponential backoff, or FAILED
 * after the last attempt) and commit, releasing the row lock.</li>
 * </ol>
 * Because the claim and the outcome commit together, a delivery marked DELIVERED was answered 2xx
 * exactly once per subscription, whatever the number of replicas. If a replica dies between the
 * receiver's 2xx and the commit, the lock is released with the rollback and the delivery is sent
 * again: that window is the only repeat, and the CloudEvents {@code id} lets a receiver drop it.
 * The HTTP call holds one pooled connection for at most {@code timeout}.
 */
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String ATTEMPT = "X-CareOps-Delivery-Attempt";
    public static final String SUBSCRIPTION = "X-CareOps-Subscription-Id";

    private static final String CLAIM = """
            SELECT d.event_id, d.subscription_id, d.attempts, s.url, s.secret,
                   e.type, e.source, e.subject, e.care_home_id, e.occurred_at, CAST(e.data AS text)
            FROM webhook_delivery d
            JOIN webhook_subscription s ON s.id = d.subscription_id
            JOIN outbox_event e ON e.id = d.event_id
            WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.active
            ORDER BY d.next_attempt_at, e.occurred_at
            LIMIT 1
            FOR UPDATE OF d SKIP LOCKED""";
    private static final String DELIVERED = """
            UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?,
                   last_status = ?, last_error = NULL, delivered_at = ?, next_attempt_at = NULL
            WHERE event_id = ? AND subscription_id = ?""";
    private static final String FAILED = """
            UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?,
                   last_status = ?, last_error = ?, next_attempt_at = ?
            WHERE event_id = ? AND subscription_id = ?""";

    /** How deliveries are retried. */
    public record Settings(Duration timeout, Duration backoff, Duration backoffCap, int maxAttempts, int maxPerRun) {
    }

    /** What one run did. */
    public record Run(int attempted, int delivered) {
    }

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final Settings settings;
    private final HttpClient http;

    public WebhookDispatcher(DataSource dataSource, ObjectMapper json, Clock clock, Settings settings) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Delivers what is due, one at a time, until nothing is due or {@code maxPerRun} were tried. */
    public Run dispatchDue() {
        ClaimedOneAtATime.Tally tally = ClaimedOneAtATime.upTo(settings.maxPerRun(), this::dispatchOne);
        return new Run(tally.attempted(), tally.succeeded());
    }

    /** @return null when nothing was due, else whether the one claimed delivery was delivered */
    public Boolean dispatchOne() {
        return ClaimedOneAtATime.inTransaction(dataSource, this::claimSendRecord, "webhook dispatch");
    }

    private Boolean claimSendRecord(Connection connection) throws SQLException {
        Instant now = clock.instant();
        UUID eventId;
        UUID subscriptionId;
        int attempts;
        String url;
        String secret;
        String body;
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setObject(1, now.atOffset(ZoneOffset.UTC));
            try (ResultSet row = claim.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                eventId = row.getObject(1, UUID.class);
                subscriptionId = row.getObject(2, UUID.class);
                attempts = row.getInt(3);
                url = row.getString(4);
                secret = row.getString(5);
                body = cloudEvent(eventId, row.getString(6), row.getString(7), row.getString(8),
                        row.getObject(9, UUID.class), row.getObject(10, OffsetDateTime.class), row.getString(11));
            }
        }
        int attempt = attempts + 1;
        Outcome outcome = post(url, secret, subscriptionId, attempt, body);
        Instant after = clock.instant();
        if (outcome.delivered()) {
            try (PreparedStatement update = connection.prepareStatement(DELIVERED)) {
                update.setObject(1, after.atOffset(ZoneOffset.UTC));
                update.setInt(2, outcome.status());
                update.setObject(3, after.atOffset(ZoneOffset.UTC));
                update.setObject(4, eventId);
                update.setObject(5, subscriptionId);
                update.executeUpdate();
            }
            return true;
        }
        boolean giveUp = attempt >= settings.maxAttempts();
        try (PreparedStatement update = connection.prepareStatement(FAILED)) {
            update.setString(1, giveUp ? "FAILED" : "PENDING");
            update.setObject(2, after.atOffset(ZoneOffset.UTC));
            if (outcome.status() == null) {
                update.setNull(3, java.sql.Types.INTEGER);
            } else {
                update.setInt(3, outcome.status());
            }
            update.setString(4, outcome.error() == null ? null : outcome.error().substring(0, Math.min(500, outcome.error().length())));
            update.setObject(5, giveUp ? null : after.plus(backoffAfter(attempt, settings.backoff(), settings.backoffCap())).atOffset(ZoneOffset.UTC));
            update.setObject(6, eventId);
            update.setObject(7, subscriptionId);
            update.executeUpdate();
        }
        LOG.warnf("Webhook delivery of event %s to subscription %s failed (attempt %d of %d%s): %s", eventId,
                subscriptionId, attempt, settings.maxAttempts(), giveUp ? ", given up" : "", outcome.error());
        return false;
    }

    /** Wait after the n-th failed attempt: backoff, 2 x backoff, 4 x backoff..., never more than cap. */
    public static Duration backoffAfter(int failedAttempts, Duration backoff, Duration cap) {
        Duration wait = backoff.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 30));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    String cloudEvent(UUID id, String type, String source, String subject, UUID careHomeId, OffsetDateTime time,
            String data) {
        try {
            ObjectNode event = json.createObjectNode();
            event.put("specversion", "1.0");
            event.put("id", id.toString());
            event.put("source", source);
            event.put("type", type);
            if (subject != null) {
                event.put("subject", subject);
            }
            event.put("time", time.toInstant().toString());
            event.put("datacontenttype", "application/json");
            if (careHomeId != null) {
                // A CloudEvents extension attribute (lower-case letters and digits only).
                event.put("carehomeid", careHomeId.toString());
            }
            event.set("data", json.readTree(data));
            return json.writeValueAsString(event);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status / 100 == 2;
        }
    }

    private Outcome post(String url, String secret, UUID subscriptionId, int attempt, String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                    .header("Content-Type", CONTENT_TYPE)
                    .header(WebhookSignature.TIMESTAMP, timestamp)
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.header(secret, timestamp, body))
                    .header(SUBSCRIPTION, subscriptionId.toString())
                    .header(ATTEMPT, Integer.toString(attempt))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode());
        } catch (IOException | IllegalArgumentException unreachable) {
            return new Outcome(null, unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }
}
