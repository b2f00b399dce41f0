package io.careops.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscriptionCreated", description = "A new webhook subscription, with its signing secret: shown this once only")
public record WebhookSubscriptionCreated(UUID id, String url,
        @Schema(description = "Empty: every event type") List<String> eventTypes,
        @Schema(nullable = true) String description, boolean active, Instant createdAt, String createdBy,
        @Schema(description = "The HMAC-SHA256 key of X-CareOps-Signature; store it now, it is never shown again")
        String secret) {
}
