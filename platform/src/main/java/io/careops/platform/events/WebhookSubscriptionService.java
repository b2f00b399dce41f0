package io.careops.platform.events;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Webhook subscriptions of the care group (one list per service). They receive every home's
 * events, so only an administrator whose token covers every home ({@code care_homes: *}) may
 * manage them; any other caller is refused with 403.
 */
@ApplicationScoped
public class WebhookSubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = """
            s.id, s.url, s.event_types, s.description, s.active, s.created_at, s.created_by,
            (SELECT count(*) FROM webhook_delivery d WHERE d.subscription_id = s.id AND d.status = 'PENDING'),
            (SELECT count(*) FROM webhook_delivery d WHERE d.subscription_id = s.id AND d.status = 'FAILED')""";

    private final EntityManager entityManager;
    private final CareHomeAccess access;
    private final Caller caller;
    private final Clock clock;

    public WebhookSubscriptionService(EntityManager entityManager, CareHomeAccess access, Caller caller, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public WebhookSubscriptionCreated create(WebhookSubscriptionRequest request) {
        requireGroupAdmin();
        UUID id = UUID.randomUUID();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        List<String> types = request.eventTypes() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.eventTypes()));
        boolean active = request.active() == null || request.active();
        Instant now = clock.instant();
        String by = caller.name();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO webhook_subscription (id, url, event_types, secret, active, description, created_at, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Array array = connection.createArrayOf("text", types.toArray());
                insert.setObject(1, id);
                insert.setString(2, request.url().strip());
                insert.setArray(3, array);
                insert.setString(4, secret);
                insert.setBoolean(5, active);
                insert.setString(6, request.description());
                insert.setObject(7, now.atOffset(ZoneOffset.UTC));
                insert.setString(8, by);
                insert.executeUpdate();
            }
        });
        return new WebhookSubscriptionCreated(id, request.url().strip(), types, request.description(), active, now, by, secret);
    }

    @Transactional
    public Page<WebhookSubscriptionResponse> list(PageRequest page) {
        requireGroupAdmin();
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM webhook_subscription").getSingleResult()).longValue();
        List<WebhookSubscriptionResponse> items = entityManager.createNativeQuery("SELECT " + COLUMNS
                        + " FROM webhook_subscription s ORDER BY s.created_at, s.id LIMIT :limit OFFSET :offset")
                .setParameter("limit", page.size()).setParameter("offset", (long) page.page() * page.size())
                .getResultList().stream().map(row -> of((Object[]) row)).toList();
        return new Page<>(items, page.page(), page.size(), total, (int) ((total + page.size() - 1) / page.size()));
    }

    @Transactional
    public WebhookSubscriptionResponse get(UUID id) {
        requireGroupAdmin();
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription s WHERE s.id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
        return of((Object[]) rows.get(0));
    }

    /** Deletes the subscription and its delivery records; nothing more is sent to it. */
    @Transactional
    public void delete(UUID id) {
        requireGroupAdmin();
        int deleted = entityManager.createNativeQuery("DELETE FROM webhook_subscription WHERE id = :id")
                .setParameter("id", id).executeUpdate();
        if (deleted == 0) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
    }

    /**
     * Queues again every event since {@code from} that the subscription's filter matches: those
     * already delivered or given up are reset to a fresh round of attempts, those it never had
     * (written before it existed) are added. Each is delivered once more.
     */
    @Transactional
    public ReplayResponse replay(UUID id, Instant from) {
        get(id);
        if (from.isAfter(clock.instant())) {
            throw ProblemException.ruleViolation("from", "must not be in the future");
        }
        Instant now = clock.instant();
        int queued = entityManager.createNativeQuery("""
                INSERT INTO webhook_delivery (event_id, subscription_id, next_attempt_at, queued_at)
                SELECT e.id, s.id, :now, :now
                FROM webhook_subscription s JOIN outbox_event e
                  ON e.occurred_at >= :from AND (cardinality(s.event_types) = 0 OR e.type = ANY (s.event_types))
                WHERE s.id = :id
                ON CONFLICT (event_id, subscription_id) DO UPDATE
                  SET status = 'PENDING', attempts = 0, next_attempt_at = EXCLUDED.next_attempt_at, last_error = NULL,
                      last_status = NULL, delivered_at = NULL, queued_at = EXCLUDED.queued_at""")
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("id", id).executeUpdate();
        return new ReplayResponse(id, from, queued);
    }

    private void requireGroupAdmin() {
        if (access.restriction().isPresent()) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "webhook subscriptions receive every home's events: only an administrator of the whole group (care_homes *) may manage them");
        }
    }

    private static WebhookSubscriptionResponse of(Object[] row) {
        Object types = row[2];
        List<String> list = types instanceof String[] array ? Arrays.asList(array) : List.of();
        return new WebhookSubscriptionResponse((UUID) row[0], (String) row[1], list, (String) row[3], (Boolean) row[4],
                instant(row[5]), (String) row[6], ((Number) row[7]).longValue(), ((Number) row[8]).longValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
