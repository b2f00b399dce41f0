package io.careops.scheduling.notification.domain;

/** Where a notification's e-mail is. */
public enum EmailStatus {
    /** To be sent (again, after a failure, from {@code emailNextAttemptAt}). */
    PENDING,
    SENT,
    /** Given up after the last attempt; the notification stays in the app. */
    FAILED,
    /** The person has no e-mail address: in the app only. */
    NONE
}
