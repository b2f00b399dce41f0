package io.careops.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import java.time.Clock;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactional outbox: a domain event is recorded in the same transaction as the change it
 * describes (a service method calls {@link #record} inside its own transaction; without one the
 * call fails), so an event exists exactly when its change was committed. The same statement queues
 * one delivery per active webhook subscription whose filter matches; the {@link WebhookDispatcher}
 * sends them after the commit, outside the request.
 */
@ApplicationScoped
public class Outbox {

    /** Rows of one statement at most: 7 parameters each, well under PostgreSQL's 32,767. */
    private static final int ROWS_A_STATEMENT = 500;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, CAST(? AS jsonb))";
    private static final String RECORD = """
            WITH event AS (
                INSERT INTO outbox_event (id, type, source, subject, care_home_id, occurred_at, data)
                VALUES %s
                RETURNING id, type, occurred_at)
            INSERT INTO webhook_delivery (event_id, subscription_id, next_attempt_at, queued_at)
            SELECT event.id, s.id, event.occurred_at, event.occurred_at
            FROM event JOIN webhook_subscription s
              ON s.active AND (cardinality(s.event_types) = 0 OR event.type = ANY (s.event_types))""";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final String source;

    public Outbox(EntityManager entityManager, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.source = "/" + application;
    }

    /**
     * Records one event.
     *
     * @param type       reverse-DNS event type, e.g. {@code io.careops.scheduling.shift.assigned}
     * @param subject    the record the event is about, e.g. {@code shifts/<id>}
     * @param careHomeId the home it belongs to, or null for a group-level record
     * @param data       the payload, written as JSON
     * @return the event id (the CloudEvents id)
     */
    /** One event to record: see {@link #record(String, String, UUID, Object)}. */
    public record Event(String type, String subject, UUID careHomeId, Object data) {
    }

    /**
     * Records one event.
     *
     * @param type       reverse-DNS event type, e.g. {@code io.careops.scheduling.shift.assigned}
     * @param subject    the record the event is about, e.g. {@code shifts/<id>}
     * @param careHomeId the home it belongs to, or null for a group-level record
     * @param data       the payload, written as JSON
     * @return the event id (the CloudEvents id)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String type, String subject, UUID careHomeId, Object data) {
        return recordAll(List.of(new Event(type, subject, careHomeId, data))).get(0);
    }

    /** Records many events in one statement per 500 (a week's rota planned at once), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> recordAll(List<Event> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        if (events.isEmpty()) {
            return ids;
        }
        Instant now = clock.instant();
        List<String> bodies = new ArrayList<>(events.size());
        for (Event event : events) {
            ids.add(UUID.randomUUID());
            try {
                bodies.add(json.writeValueAsString(event.data()));
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException("event data of " + event.type() + " is not JSON", impossible);
            }
        }
        // One multi-row INSERT a chunk rather than a JDBC batch: one statement, one answer, and a
        // connection lost midway fails as the driver's SQLException (class 08, answered 503), where
        // its batch path can fail with an internal AssertionError when assertions are on.
        entityManager.unwrap(Session.class).doWork(connection -> {
            for (int first = 0; first < events.size(); first += ROWS_A_STATEMENT) {
                int rows = Math.min(ROWS_A_STATEMENT, events.size() - first);
                try (PreparedStatement insert = connection.prepareStatement(
                        RECORD.formatted(String.join(", ", java.util.Collections.nCopies(rows, ROW))))) {
                    int p = 1;
                    for (int k = first; k < first + rows; k++) {
                        Event event = events.get(k);
                        insert.setObject(p++, ids.get(k));
                        insert.setString(p++, event.type());
                        insert.setString(p++, source);
                        insert.setString(p++, event.subject());
                        insert.setObject(p++, event.careHomeId(), Types.OTHER);
                        insert.setObject(p++, now.atOffset(ZoneOffset.UTC));
                        insert.setString(p++, bodies.get(k));
                    }
                    insert.executeUpdate();
                }
            }
        });
        return ids;
    }

    public String source() {
        return source;
    }
}
