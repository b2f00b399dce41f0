package io.careops.incidentsafety.actionplan.domain;

import java.util.List;
import java.util.Set;

/**
 * IDENTIFIED -> ASSIGNED -> IN_PROGRESS -> COMPLETED (awaiting verification) -> VERIFIED or
 * NOT_EFFECTIVE; VERIFIED -> CLOSED once an effectiveness review found it effective, or ->
 * NOT_EFFECTIVE when the review found otherwise; NOT_EFFECTIVE goes back to IN_PROGRESS.
 */
public enum PlanStatus {
    IDENTIFIED,
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    VERIFIED,
    NOT_EFFECTIVE,
    CLOSED;

    /** The statuses whose work is not done yet: they are overdue once past the target date. */
    public static final Set<PlanStatus> WORK_OUTSTANDING = Set.of(IDENTIFIED, ASSIGNED, IN_PROGRESS, NOT_EFFECTIVE);

    public List<PlanStatus> allowedNext() {
        return switch (this) {
            case IDENTIFIED -> List.of(ASSIGNED);
            case ASSIGNED -> List.of(IN_PROGRESS);
            case IN_PROGRESS -> List.of(COMPLETED);
            case COMPLETED -> List.of(VERIFIED, NOT_EFFECTIVE);
            case VERIFIED -> List.of(NOT_EFFECTIVE, CLOSED);
            case NOT_EFFECTIVE -> List.of(IN_PROGRESS);
            case CLOSED -> List.of();
        };
    }
}
