package io.careops.scheduling.calendarfeed.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, UUID> {

    public Optional<CalendarFeed> live(UUID staffId) {
        return find("staffId = ?1 and revokedAt is null", staffId).firstResultOptional();
    }

    public Optional<CalendarFeed> byHash(byte[] hash) {
        return find("tokenHash", hash).firstResultOptional();
    }
}
