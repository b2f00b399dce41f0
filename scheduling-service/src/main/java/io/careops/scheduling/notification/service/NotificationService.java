package io.careops.scheduling.notification.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.scheduling.notification.domain.Notification;
import io.careops.scheduling.notification.domain.NotificationRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.service.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The caller's own notifications: the person the token's staff-number claim links to
 * ({@link CurrentStaff}), whatever the role. Nobody reads or marks anyone else's: another person's
 * notification answers 404, and a token linked to no one has none.
 */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentStaff current;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, CurrentStaff current, Clock clock) {
        this.notifications = notifications;
        this.current = current;
        this.clock = clock;
    }

    /** A page of the caller's notifications, newest first, and how many are unread in all. */
    public record Listing<T>(Page<T> page, long unreadCount) {
    }

    @Transactional
    public <T> Listing<T> mine(PageRequest page, boolean unreadOnly, Function<Notification, T> toResponse) {
        Optional<UUID> me = current.linked().map(Staff::id);
        if (me.isEmpty()) {
            return new Listing<T>(new Page<T>(List.of(), page.page(), page.size(), 0, 0), 0);
        }
        return new Listing<T>(Page.of(notifications.of(me.get(), unreadOnly), page, toResponse),
                notifications.unread(me.get()));
    }

    /** Marks one of the caller's notifications read (again: no change); anyone else's is 404. */
    @Transactional
    public Notification read(UUID id) {
        Notification notification = current.linked().map(Staff::id)
                .flatMap(me -> notifications.ofPerson(id, me))
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        notification.read(clock.instant());
        return notification;
    }

    /** Marks all the caller's notifications read; answers how many were unread. */
    @Transactional
    public int readAll() {
        return current.linked().map(Staff::id).map(me -> notifications.readAll(me, clock.instant())).orElse(0);
    }
}
