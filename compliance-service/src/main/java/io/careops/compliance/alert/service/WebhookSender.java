package io.careops.compliance.alert.service;

import io.careops.platform.events.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts an alert to the configured webhook, signed so the receiver can tell it came from us and
 * was not altered or replayed: {@code X-CareOps-Signature: sha256=<hex HMAC-SHA256 of
 * "<timestamp>.<body>" with the shared secret>}, with the timestamp in {@code X-CareOps-Timestamp}
 * (epoch seconds). {@code X-CareOps-Alert-Id} lets the receiver drop a repeat delivery.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String SIGNATURE = WebhookSignature.SIGNATURE;
    public static final String TIMESTAMP = WebhookSignature.TIMESTAMP;
    public static final String ALERT_ID = "X-CareOps-Alert-Id";

    /** What one attempt got: the HTTP status, or none when no answer came. */
    public record Outcome(Integer status, String error) {
        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final Optional<String> url;
    private final String secret;
    private final HttpClient http;
    private final Duration timeout;

    public WebhookSender(@ConfigProperty(name = "careops.alerts.webhook.url") Optional<String> url,
            @ConfigProperty(name = "careops.alerts.webhook.secret") Optional<String> secret,
            @ConfigProperty(name = "careops.alerts.webhook.timeout", defaultValue = "PT5S") Duration timeout) {
        this.url = url.filter(value -> !value.isBlank());
        this.secret = secret.orElse("");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Optional<String> recipient() {
        return url;
    }

    public Outcome send(String alertId, String json, Instant now) {
        if (url.isEmpty()) {
            return new Outcome(null, "no webhook configured");
        }
        if (secret.isBlank()) {
            // Never send unsigned: the receiver could not trust it.
            return new Outcome(null, "careops.alerts.webhook.secret is not set");
        }
        String timestamp = Long.toString(now.getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.get())).timeout(timeout)
                .header("Content-Type", "application/json")
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, "sha256=" + sign(secret, timestamp + "." + json))
                .header(ALERT_ID, alertId)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode());
        } catch (IOException unreachable) {
            return new Outcome(null, unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }

    /** The signing every CareOps webhook shares: {@link WebhookSignature}. */
    public static String sign(String secret, String payload) {
        return WebhookSignature.sign(secret, payload);
    }
}
