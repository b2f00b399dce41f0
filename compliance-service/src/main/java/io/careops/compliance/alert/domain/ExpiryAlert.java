package io.careops.compliance.alert.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An alert that a certification entered a state (expiring soon, expired), and its delivery to the
 * webhook. Rows are inserted by SQL ({@link AlertRepository#recordDue}) so that the unique key on
 * (certification, kind) decides, in the database, that each state is alerted exactly once.
 */
@Entity
@Table(name = "expiry_alert")
public class ExpiryAlert {

    public enum Kind { EXPIRING_SOON, EXPIRED }

    public enum DeliveryState { PENDING, DELIVERED, FAILED, NOT_CONFIGURED }

    @Id
    private UUID id;
    @Column(name = "certification_id")
    private UUID certificationId;
    private String kind;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "staff_number")
    private String staffNumber;
    @Column(name = "certification_type")
    private String certificationType;
    @Column(name = "expiry_date")
    private LocalDate expiryDate;
    @Column(name = "detected_on")
    private LocalDate detectedOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private String recipient;
    @Column(name = "delivery_state")
    private String deliveryState;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected ExpiryAlert() {
        // for JPA
    }

    public void delivered(int status, Instant now) {
        attempts++;
        lastAttemptAt = now;
        lastStatus = status;
        lastError = null;
        deliveredAt = now;
        nextAttemptAt = null;
        deliveryState = DeliveryState.DELIVERED.name();
    }

    /** A failed attempt: retried after {@code backoff} doubled per attempt, until the attempts run out. */
    public void attemptFailed(Integer status, String error, Instant now, java.time.Duration backoff, int maxAttempts) {
        attempts++;
        lastAttemptAt = now;
        lastStatus = status;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= maxAttempts) {
            deliveryState = DeliveryState.FAILED.name();
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backoffAfter(attempts, backoff));
        }
    }

    /** Wait after the n-th failed attempt: backoff, 2 x backoff, 4 x backoff... capped at 64 x. */
    public static java.time.Duration backoffAfter(int failedAttempts, java.time.Duration backoff) {
        return backoff.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 6));
    }

    public UUID id() { return id; }
    public UUID certificationId() { return certificationId; }
    public Kind kind() { return Kind.valueOf(kind); }
    public UUID careHomeId() { return careHomeId; }
    public UUID staffId() { return staffId; }
    public String staffNumber() { return staffNumber; }
    public String certificationType() { return certificationType; }
    public LocalDate expiryDate() { return expiryDate; }
    public LocalDate detectedOn() { return detectedOn; }
    public Instant recordedAt() { return recordedAt; }
    public String recipient() { return recipient; }
    public DeliveryState deliveryState() { return DeliveryState.valueOf(deliveryState); }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant lastAttemptAt() { return lastAttemptAt; }
    public Integer lastStatus() { return lastStatus; }
    public String lastError() { return lastError; }
    public Instant deliveredAt() { return deliveredAt; }
}
