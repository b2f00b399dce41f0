package io.careops.scheduling.today;

import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The service's one clock fixed at 00:30 BST on Monday 20 July 2026, which is still Sunday 19 July
 * in UTC: the half hour in which a UTC "today" is yesterday and a UTC "this week" is last week.
 */
public class HalfPastMidnightBst implements QuarkusTestProfile {

    /** 2026-07-20T00:30+01:00. */
    public static final Instant NOW = Instant.parse("2026-07-19T23:30:00Z");

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FixedClock.class);
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }

    /** Replaces the platform's system clock (a default bean), only under this profile: no @Priority, so not global. */
    @Alternative
    @ApplicationScoped
    public static class FixedClock {

        @Produces
        @ApplicationScoped
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
