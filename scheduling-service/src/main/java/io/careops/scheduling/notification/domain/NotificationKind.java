package io.careops.scheduling.notification.domain;

/** What a person is told about. */
public enum NotificationKind {
    /** A shift was given to them (planned with them, assigned, claimed from an offer). */
    SHIFT_ASSIGNED,
    /** A shift they held was given to someone else or left open. */
    SHIFT_UNASSIGNED,
    /** Their shift's day, times or unit changed. */
    SHIFT_CHANGED,
    /** Their shift was cancelled. */
    SHIFT_CANCELLED,
    /** Their absence request was approved or declined, or their leave was cancelled by a manager. */
    LEAVE_DECIDED,
    /** A colleague offers them a shift swap. */
    SWAP_OFFERED,
    /** A swap they are part of was accepted, declined, cancelled, approved or rejected. */
    SWAP_DECIDED
}
