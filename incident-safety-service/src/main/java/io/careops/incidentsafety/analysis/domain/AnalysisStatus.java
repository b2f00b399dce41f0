package io.careops.incidentsafety.analysis.domain;

import java.util.List;

public enum AnalysisStatus {
    IN_PROGRESS,
    UNDER_REVIEW,
    APPROVED,
    REJECTED;

    /** A rejected analysis goes back to work; an approved one is final. */
    public List<AnalysisStatus> allowedNext() {
        return switch (this) {
            case IN_PROGRESS -> List.of(UNDER_REVIEW);
            case UNDER_REVIEW -> List.of(APPROVED, REJECTED);
            case REJECTED -> List.of(IN_PROGRESS);
            case APPROVED -> List.of();
        };
    }
}
