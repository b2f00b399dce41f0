package io.careops.scheduling.notification.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paging envelope of every list, with the caller's unread count (of all, not only this page). */
@Schema(name = "NotificationPage")
public record NotificationPage(
        List<NotificationResponse> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(description = "How many of the caller's notifications are unread, in all") long unreadCount) {
}
