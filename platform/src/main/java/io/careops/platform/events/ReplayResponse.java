package io.careops.platform.events;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookReplay", description = "Events queued again for one subscription")
public record ReplayResponse(UUID subscriptionId, Instant from,
        @Schema(description = "Events since 'from' that match the subscription, queued for delivery again") long queued) {
}
