package io.careops.scheduling.notification.api;

import io.careops.scheduling.notification.domain.EmailStatus;
import io.careops.scheduling.notification.domain.Notification;
import io.careops.scheduling.notification.domain.NotificationKind;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "Something the caller was told about their own shifts, leave or swaps")
public record NotificationResponse(
        UUID id,
        NotificationKind kind,
        @Schema(description = "The care home it concerns") UUID careHomeId,
        @Schema(description = "The record it is about: shifts/{id}, absences/{id} or shift-swaps/{id}") String about,
        @Schema(description = "One line, as the e-mail's subject") String title,
        @Schema(description = "Plain text with the facts (home, unit, day and times in the home's zone, who)") String body,
        Instant createdAt,
        boolean read,
        @Schema(nullable = true) Instant readAt,
        @Schema(description = "PENDING (to be sent), SENT, FAILED (given up) or NONE (no e-mail address: in the app only)")
        EmailStatus emailStatus,
        @Schema(nullable = true) Instant emailSentAt) {

    public static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.id(), notification.kind(), notification.careHomeId(),
                notification.about(), notification.title(), notification.body(), notification.createdAt(),
                notification.isRead(), notification.readAt(), notification.emailStatus(), notification.emailSentAt());
    }
}
