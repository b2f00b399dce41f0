package io.careops.scheduling.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something a person is told about their own shifts, leave or swaps. Written (by
 * {@code NotificationWriter}, in the transaction of the change) once per outbox event and
 * recipient; read in the app and sent by e-mail ({@code NotificationMailSender}). Only its reading
 * changes here; the e-mail columns belong to the sender.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String about;
    private String title;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "email_status")
    private EmailStatus emailStatus;
    @Column(name = "email_attempts")
    private int emailAttempts;
    @Column(name = "email_next_attempt_at")
    private Instant emailNextAttemptAt;
    @Column(name = "email_sent_at")
    private Instant emailSentAt;
    @Column(name = "email_last_error")
    private String emailLastError;

    protected Notification() {
        // for JPA
    }

    /** Marks it read; reading it again keeps the first time. */
    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public UUID id() { return id; }
    public UUID eventId() { return eventId; }
    public UUID staffId() { return staffId; }
    public UUID careHomeId() { return careHomeId; }
    public NotificationKind kind() { return kind; }
    public String about() { return about; }
    public String title() { return title; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
    public EmailStatus emailStatus() { return emailStatus; }
    public int emailAttempts() { return emailAttempts; }
    public Instant emailSentAt() { return emailSentAt; }
}
