package io.careops.compliance.directory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The staff directory through the scheduling service, guarded by a timeout, a retry and a circuit
 * breaker: when scheduling is slow or down, callers get "unavailable" quickly and carry on with
 * what compliance knows, instead of hanging or failing. A 4xx answer is an answer (not a
 * failure): it is neither retried nor counted by the breaker.
 *
 * <p>A person found is remembered for a short while ({@code careops.scheduling.staff-cache-seconds},
 * 30 by default; 0 turns it off), for the same bearer token only, so a burst of certifications for
 * the same people (a training day recorded, an import) asks scheduling once per person, and nobody
 * sees through the cache what their own token would not show them. A person not found, or a
 * directory that did not answer, is not remembered.
 *
 * <p>A home's active staff list (every page) is remembered the same way and as long, keyed by the
 * bearer token and the home: a manager paging through the dashboard, the training matrix and the
 * return of a home reads the directory once (issue 15: six pages of 100 were most of a dashboard's
 * time), another caller (another token) always asks scheduling with their own token, and a list
 * read only in part, or not at all, is not remembered. So a person hired, moved or gone in
 * scheduling shows on compliance's views of that home at most that many seconds later.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    private static final int PAGE_SIZE = 100;

    /** What a look-up of one person found. */
    public sealed interface Lookup {
        record Found(StaffMember member) implements Lookup {
        }

        record Unknown() implements Lookup {
        }

        record Unavailable() implements Lookup {
        }
    }

    private final SchedulingStaffClient client;
    private final JsonWebToken caller;
    private final Guard guard;
    private final Cache<Recent, StaffMember> recent;
    private final Cache<RecentHome, List<StaffMember>> recentHomes;

    /** Who asked (their bearer token) and about whom. */
    private record Recent(String token, UUID staffId) {
    }

    /** Who asked (their bearer token) and about which home. */
    private record RecentHome(String token, UUID careHomeId) {
    }

    public StaffDirectory(@RestClient SchedulingStaffClient client, JsonWebToken caller,
            @ConfigProperty(name = "careops.scheduling.timeout-ms", defaultValue = "2000") long timeoutMs,
            @ConfigProperty(name = "careops.scheduling.retries", defaultValue = "2") int retries,
            @ConfigProperty(name = "careops.scheduling.retry-delay-ms", defaultValue = "200") long retryDelayMs,
            @ConfigProperty(name = "careops.scheduling.breaker-delay-ms", defaultValue = "10000") long breakerDelayMs,
            @ConfigProperty(name = "careops.scheduling.staff-cache-seconds", defaultValue = "30") long cacheSeconds) {
        this.client = client;
        this.recent = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(cacheSeconds)).maximumSize(10_000).build();
        // About 600 people a home: 200 lists are at most some tens of MB, far more than the homes and callers of 30 s.
        this.recentHomes = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(cacheSeconds)).maximumSize(200).build();
        this.caller = caller;
        this.guard = Guard.create().withDescription("scheduling staff directory")
                .withTimeout().duration(timeoutMs, ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(retries).delay(retryDelayMs, ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                .whenException(StaffDirectory::isOutage).done()
                .withCircuitBreaker().requestVolumeThreshold(8).failureRatio(0.5).delay(breakerDelayMs, ChronoUnit.MILLIS)
                .successThreshold(1).when(StaffDirectory::isOutage).done()
                .build();
    }

    public Lookup find(UUID staffId) {
        Recent key = new Recent(caller.getRawToken(), staffId);
        StaffMember known = recent.getIfPresent(key);
        if (known != null) {
            return new Lookup.Found(known);
        }
        try {
            StaffMember member = guard.call(() -> client.get(bearer(), staffId), StaffMember.class);
            recent.put(key, member);
            return new Lookup.Found(member);
        } catch (WebApplicationException answered) {
            if (answered.getResponse().getStatus() == 404) {
                return new Lookup.Unknown();
            }
            LOG.warnf("Scheduling answered %d for staff %s", answered.getResponse().getStatus(), staffId);
            return new Lookup.Unavailable();
        } catch (Exception outage) {
            LOG.warnf("Staff directory unavailable for staff %s: %s", staffId, outage.toString());
            return new Lookup.Unavailable();
        }
    }

    /** The active staff of a home, every page; empty when the directory could not be read whole. */
    public Optional<List<StaffMember>> activeStaffOf(UUID careHomeId) {
        List<StaffMember> staff = new ArrayList<>();
        try {
            RecentHome key = new RecentHome(caller.getRawToken(), careHomeId);
            List<StaffMember> known = recentHomes.getIfPresent(key);
            if (known != null) {
                return Optional.of(known);
            }
            int page = 0;
            int pages;
            do {
                int current = page;
                StaffPage answer = guard.call(() -> client.list(bearer(), careHomeId, true, current, PAGE_SIZE), StaffPage.class);
                staff.addAll(answer.items());
                pages = answer.totalPages();
                page++;
            } while (page < pages);
            List<StaffMember> whole = List.copyOf(staff);
            recentHomes.put(key, whole);
            return Optional.of(whole);
        } catch (Exception outage) {
            LOG.warnf("Staff directory unavailable for home %s: %s", careHomeId, outage.toString());
            return Optional.empty();
        }
    }

    private String bearer() {
        return "Bearer " + caller.getRawToken();
    }

    /** Scheduling down, slow or failing; not a 4xx, which is a real answer. */
    private static boolean isOutage(Throwable failure) {
        return !(failure instanceof WebApplicationException answered && answered.getResponse().getStatus() < 500);
    }
}
