package io.careops.scheduling.absence.domain;

import java.util.Set;

/** REQUESTED -> APPROVED or DECLINED; a request or an approval can be CANCELLED. */
public enum AbsenceState {
    REQUESTED,
    APPROVED,
    DECLINED,
    CANCELLED;

    public Set<AbsenceState> next() {
        return switch (this) {
            case REQUESTED -> Set.of(APPROVED, DECLINED, CANCELLED);
            case APPROVED -> Set.of(CANCELLED);
            case DECLINED, CANCELLED -> Set.of();
        };
    }
}
