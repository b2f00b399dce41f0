package io.careops.compliance.alert.api;

import io.careops.compliance.alert.domain.ExpiryAlert;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AlertResponse(UUID id, UUID certificationId, ExpiryAlert.Kind kind, UUID careHomeId, UUID staffId,
        String staffNumber, String certificationType, LocalDate expiryDate, LocalDate detectedOn, Instant recordedAt,
        @Schema(nullable = true) String recipient, ExpiryAlert.DeliveryState deliveryState, int attempts, @Schema(nullable = true) Instant lastAttemptAt,
        @Schema(nullable = true) Integer lastStatus, @Schema(nullable = true) String lastError, @Schema(nullable = true) Instant nextAttemptAt, @Schema(nullable = true) Instant deliveredAt) {

    static AlertResponse of(ExpiryAlert a) {
        return new AlertResponse(a.id(), a.certificationId(), a.kind(), a.careHomeId(), a.staffId(), a.staffNumber(),
                a.certificationType(), a.expiryDate(), a.detectedOn(), a.recordedAt(), a.recipient(), a.deliveryState(),
                a.attempts(), a.lastAttemptAt(), a.lastStatus(), a.lastError(), a.nextAttemptAt(), a.deliveredAt());
    }
}
