package io.careops.scheduling.calendarfeed.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The feed just made: its URL holds the secret and is shown this once. */
public record CalendarFeedResponse(UUID id, UUID staffId,
        @Schema(description = "The secret URL to subscribe to (no login; keep it private). Shown only now: a lost URL is"
                + " replaced by making a new feed, which revokes this one")
        String url, Instant createdAt) {
}
