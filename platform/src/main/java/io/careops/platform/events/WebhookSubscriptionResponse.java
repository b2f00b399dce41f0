package io.careops.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscription", description = "A webhook subscription (its secret is shown only when it is created)")
public record WebhookSubscriptionResponse(UUID id, String url,
        @Schema(description = "Empty: every event type") List<String> eventTypes,
        @Schema(nullable = true) String description, boolean active, Instant createdAt, String createdBy,
        @Schema(description = "Deliveries waiting for their (next) attempt") long pendingDeliveries,
        @Schema(description = "Deliveries given up after the last attempt") long failedDeliveries) {
}
