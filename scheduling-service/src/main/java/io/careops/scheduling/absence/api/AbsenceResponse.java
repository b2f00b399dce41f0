package io.careops.scheduling.absence.api;

import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.absence.domain.AbsenceState;
import io.careops.scheduling.absence.domain.AbsenceType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AbsenceResponse(UUID id, UUID staffId, UUID careHomeId, AbsenceType type, LocalDate firstDay,
        LocalDate lastDay, long days, AbsenceState state, @Schema(nullable = true) String notes, String requestedBy,
        @Schema(nullable = true) String decidedBy, @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true, description = "The reason given with the decision") String decisionReason,
        @Schema(nullable = true) java.math.BigDecimal leaveHours, @Schema(nullable = true) String blackoutOverrideReason,
        @Schema(nullable = true) String blackoutOverriddenBy, Instant createdAt, Instant updatedAt) {

    public static AbsenceResponse of(Absence absence) {
        return new AbsenceResponse(absence.id(), absence.staffId(), absence.careHomeId(), absence.type(),
                absence.firstDay(), absence.lastDay(), ChronoUnit.DAYS.between(absence.firstDay(), absence.lastDay()) + 1,
                absence.state(), absence.notes(), absence.requestedBy(), absence.decidedBy(), absence.decidedAt(),
                absence.decisionReason(),
                absence.leaveHours(), absence.blackoutOverrideReason(), absence.blackoutOverriddenBy(), absence.createdAt(), absence.updatedAt());
    }
}
