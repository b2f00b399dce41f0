package io.careops.scheduling.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** A person's notifications, newest first; only the unread ones when {@code unreadOnly}. */
    public PanacheQuery<Notification> of(UUID staffId, boolean unreadOnly) {
        String query = unreadOnly ? "staffId = :staff and readAt is null" : "staffId = :staff";
        return find(query, Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                Parameters.with("staff", staffId));
    }

    public long unread(UUID staffId) {
        return count("staffId = ?1 and readAt is null", staffId);
    }

    /** One of the person's notifications; another person's is not found. */
    public Optional<Notification> ofPerson(UUID id, UUID staffId) {
        return find("id = ?1 and staffId = ?2", id, staffId).firstResultOptional();
    }

    /** Marks every unread notification of the person read; answers how many. */
    public int readAll(UUID staffId, Instant now) {
        return update("readAt = ?1 where staffId = ?2 and readAt is null", now, staffId);
    }
}
