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

    private static final String RECORD = """
            WITH event AS (
                INSERT INTO outbox_event (id, type, source, subject, care_home_id, occurred_at, data)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
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

    /** Records many events in one JDBC batch (a week's rota planned at once), in the caller's transaction. */
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
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
                for (int k = 0; k < events.size(); k++) {
                    Event event = events.get(k);
                    insert.setObject(1, ids.get(k));
                    insert.setString(2, event.type());
                    insert.setString(3, source);
                    insert.setString(4, event.subject());
                    insert.setObject(5, event.careHomeId(), Types.OTHER);
                    insert.setObject(6, now.atOffset(ZoneOffset.UTC));
                    insert.setString(7, bodies.get(k));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return ids;
    }

    public String source() {
        return source;
    }
}
