package io.careops.compliance.alert.api;

import io.careops.compliance.alert.domain.ExpiryAlert;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record AlertResponse(UUID id, UUID certificationId, ExpiryAlert.Kind kind, UUID careHomeId, UUID staffId,
        String staffNumber, String certificationType, LocalDate expiryDate, LocalDate detectedOn, Instant recordedAt,
        String recipient, ExpiryAlert.DeliveryState deliveryState, int attempts, Instant lastAttemptAt,
        Integer lastStatus, String lastError, Instant nextAttemptAt, Instant deliveredAt) {

    static AlertResponse of(ExpiryAlert a) {
        return new AlertResponse(a.id(), a.certificationId(), a.kind(), a.careHomeId(), a.staffId(), a.staffNumber(),
                a.certificationType(), a.expiryDate(), a.detectedOn(), a.recordedAt(), a.recipient(), a.deliveryState(),
                a.attempts(), a.lastAttemptAt(), a.lastStatus(), a.lastError(), a.nextAttemptAt(), a.deliveredAt());
    }
}
