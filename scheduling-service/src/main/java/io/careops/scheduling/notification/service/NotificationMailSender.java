package io.careops.scheduling.notification.service;

import io.careops.platform.events.ClaimedOneAtATime;
import io.careops.platform.events.WebhookDispatcher;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends notifications by e-mail, one per database transaction, as the webhook dispatcher sends
 * deliveries:
 * <ol>
 * <li>claim the oldest due notification with {@code SELECT ... FOR UPDATE SKIP LOCKED}: another
 * replica (or another run here) skips it and takes the next;</li>
 * <li>send it through Quarkus Mailer (SMTP settings from {@code quarkus.mailer.*});</li>
 * <li>record the outcome (SENT; or the next attempt after an exponential backoff; or FAILED after
 * the last attempt) and commit, releasing the row lock.</li>
 * </ol>
 * The claim and the outcome commit together, so a notification marked SENT was handed to the SMTP
 * server once, whatever the number of replicas. Only if a replica dies between the server's
 * acceptance and the commit is it sent again (the lock goes with the rollback); the mail carries
 * the notification's id ({@value #ID_HEADER}) for that case. A person whose address was removed
 * since is not mailed (NONE).
 */
public class NotificationMailSender {

    private static final Logger LOG = Logger.getLogger(NotificationMailSender.class);
    public static final String ID_HEADER = "X-CareOps-Notification-Id";

    private static final String CLAIM = """
            SELECT n.id, n.title, n.body, n.email_attempts, s.email
            FROM notification n JOIN staff s ON s.id = n.staff_id
            WHERE n.email_status = 'PENDING' AND n.email_next_attempt_at <= ?
            ORDER BY n.email_next_attempt_at, n.created_at
            LIMIT 1
            FOR UPDATE OF n SKIP LOCKED""";
    private static final String SENT = """
            UPDATE notification SET email_status = 'SENT', email_attempts = email_attempts + 1, email_sent_at = ?,
                   email_last_error = NULL, email_next_attempt_at = NULL
            WHERE id = ?""";
    private static final String NO_ADDRESS = """
            UPDATE notification SET email_status = 'NONE', email_next_attempt_at = NULL WHERE id = ?""";
    private static final String NOT_SENT = """
            UPDATE notification SET email_status = ?, email_attempts = email_attempts + 1, email_last_error = ?,
                   email_next_attempt_at = ?
            WHERE id = ?""";

    /** How mails are retried. */
    public record Settings(Duration backoff, Duration backoffCap, int maxAttempts, int maxPerRun) {
    }

    /** What one run did. */
    public record Run(int attempted, int sent) {
    }

    private final DataSource dataSource;
    private final Mailer mailer;
    private final Clock clock;
    private final Settings settings;

    public NotificationMailSender(DataSource dataSource, Mailer mailer, Clock clock, Settings settings) {
        this.dataSource = dataSource;
        this.mailer = mailer;
        this.clock = clock;
        this.settings = settings;
    }

    /** Sends what is due, one at a time, until nothing is due or {@code maxPerRun} were tried. */
    public Run sendDue() {
        ClaimedOneAtATime.Tally tally = ClaimedOneAtATime.upTo(settings.maxPerRun(), this::sendOne);
        return new Run(tally.attempted(), tally.succeeded());
    }

    /** @return null when nothing was due, else whether the one claimed notification was sent */
    public Boolean sendOne() {
        return ClaimedOneAtATime.inTransaction(dataSource, this::claimSendRecord, "notification mail run");
    }

    private Boolean claimSendRecord(Connection connection) throws SQLException {
        UUID id;
        String title;
        String body;
        int attempts;
        String address;
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
            try (ResultSet row = claim.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                id = row.getObject(1, UUID.class);
                title = row.getString(2);
                body = row.getString(3);
                attempts = row.getInt(4);
                address = row.getString(5);
            }
        }
        if (address == null || address.isBlank()) {
            try (PreparedStatement update = connection.prepareStatement(NO_ADDRESS)) {
                update.setObject(1, id);
                update.executeUpdate();
            }
            return false;
        }
        int attempt = attempts + 1;
        String error = null;
        try {
            mailer.send(Mail.withText(address, title, body).addHeader(ID_HEADER, id.toString()));
        } catch (RuntimeException failure) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        Instant after = clock.instant();
        if (error == null) {
            try (PreparedStatement update = connection.prepareStatement(SENT)) {
                update.setObject(1, after.atOffset(ZoneOffset.UTC));
                update.setObject(2, id);
                update.executeUpdate();
            }
            return true;
        }
        boolean giveUp = attempt >= settings.maxAttempts();
        try (PreparedStatement update = connection.prepareStatement(NOT_SENT)) {
            update.setString(1, giveUp ? "FAILED" : "PENDING");
            update.setString(2, error.substring(0, Math.min(500, error.length())));
            if (giveUp) {
                update.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                update.setObject(3, after.plus(WebhookDispatcher.backoffAfter(attempt, settings.backoff(),
                        settings.backoffCap())).atOffset(ZoneOffset.UTC));
            }
            update.setObject(4, id);
            update.executeUpdate();
        }
        // The address stays out of the log; the notification id finds it.
        LOG.warnf("Notification mail %s not sent (attempt %d of %d%s): %s", id, attempt, settings.maxAttempts(),
                giveUp ? ", given up" : "", error);
        return false;
    }
}
