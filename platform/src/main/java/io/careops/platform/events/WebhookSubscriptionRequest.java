package io.careops.platform.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscriptionRequest", description = "Where to send this service's events, and which")
public record WebhookSubscriptionRequest(
        @NotBlank @Size(max = 2000) @WebhookUrl
        @Schema(description = "https URL the events are POSTed to (plain http only to a loopback host, in development)",
                examples = "https://hooks.example.org/careops") String url,
        @Size(max = 50)
        @Schema(description = "Event types to send; omitted or empty: every type this service writes")
        List<@NotBlank @KnownEventType String> eventTypes,
        @Size(max = 500) @Schema(description = "What the subscription is for") String description,
        @Schema(description = "Deliveries are queued and sent only while active (default true)") Boolean active) {
}
