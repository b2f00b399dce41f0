package io.careops.compliance.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.careops.compliance.alert.service.WebhookSender;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        // Reference value: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertEquals("49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686",
                WebhookSender.sign("secret", "1700000000.{\"a\":1}"));
    }

    @Test
    void nothingIsSentWithoutAUrlOrUnsigned() {
        WebhookSender noUrl = new WebhookSender(Optional.empty(), Optional.of("s"), Duration.ofSeconds(1));
        assertFalse(noUrl.send("id", "{}", Instant.now()).delivered());
        assertEquals("no webhook configured", noUrl.send("id", "{}", Instant.now()).error());
        WebhookSender noSecret = new WebhookSender(Optional.of("http://127.0.0.1:9/hook"), Optional.empty(), Duration.ofSeconds(1));
        assertEquals("careops.alerts.webhook.secret is not set", noSecret.send("id", "{}", Instant.now()).error());
    }

    @Test
    void anUnreachableWebhookIsAFailedAttemptNotAnError() {
        WebhookSender closed = new WebhookSender(Optional.of("http://127.0.0.1:9/hook"), Optional.of("s"), Duration.ofSeconds(1));
        WebhookSender.Outcome outcome = closed.send("id", "{}", Instant.now());
        assertFalse(outcome.delivered());
        assertEquals(null, outcome.status());
    }
}
