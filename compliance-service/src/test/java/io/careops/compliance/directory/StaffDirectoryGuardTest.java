package io.careops.compliance.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The guard around the scheduling client: what is retried, what opens the breaker, what is an answer. */
class StaffDirectoryGuardTest {

    private static final JsonWebToken CALLER = (JsonWebToken) Proxy.newProxyInstance(
            StaffDirectoryGuardTest.class.getClassLoader(), new Class<?>[] {JsonWebToken.class},
            (proxy, method, args) -> method.getName().equals("getRawToken") ? "eyJ.test.token" : null);

    /** A client whose every call counts and then does what {@code outcome} says. Not a CDI bean. */
    @jakarta.enterprise.inject.Vetoed
    private static final class Client implements SchedulingStaffClient {
        final AtomicInteger calls = new AtomicInteger();
        final List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
        final Supplier<Object> outcome;

        Client(Supplier<Object> outcome) {
            this.outcome = outcome;
        }

        @Override
        public StaffPage list(String authorization, UUID careHomeId, boolean active, int page, int size) {
            calls.incrementAndGet();
            authorizations.add(authorization);
            return (StaffPage) outcome.get();
        }

        @Override
        public StaffMember get(String authorization, UUID id) {
            calls.incrementAndGet();
            authorizations.add(authorization);
            return (StaffMember) outcome.get();
        }
    }

    private static StaffDirectory directory(Client client, long breakerDelayMs) {
        return new StaffDirectory(client, CALLER, 500, 2, 1, breakerDelayMs, 0); // no memory: every call asks
    }

    private static Supplier<Object> fail(RuntimeException failure) {
        return () -> {
            throw failure;
        };
    }

    @Test
    void connectionRefusedIsRetriedThenReportedUnavailable() {
        Client client = new Client(fail(new ProcessingException(new ConnectException("Connection refused"))));
        assertInstanceOf(StaffDirectory.Lookup.Unavailable.class, directory(client, 60_000).find(UUID.randomUUID()));
        assertEquals(3, client.calls.get(), "one call and two retries");
        assertEquals("Bearer eyJ.test.token", client.authorizations.get(0), "the caller's token is passed on");
    }

    @Test
    void aServerErrorIsRetriedButA404IsAnAnswer() {
        Client down = new Client(fail(new WebApplicationException(503)));
        assertInstanceOf(StaffDirectory.Lookup.Unavailable.class, directory(down, 60_000).find(UUID.randomUUID()));
        assertEquals(3, down.calls.get());
        Client unknown = new Client(fail(new WebApplicationException(404)));
        assertInstanceOf(StaffDirectory.Lookup.Unknown.class, directory(unknown, 60_000).find(UUID.randomUUID()));
        assertEquals(1, unknown.calls.get(), "a 404 is not retried");
    }

    @Test
    void aSlowDirectoryTimesOut() {
        Client slow = new Client(() -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return new StaffPage(List.of(), 0, 100, 0, 0);
        });
        long started = System.nanoTime();
        assertTrue(directory(slow, 60_000).activeStaffOf(UUID.randomUUID()).isEmpty());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2_500, "3 attempts of 500 ms, not 5 s each: took " + millis + " ms");
    }

    @Test
    void repeatedOutagesOpenTheBreakerSoCallsStopReachingScheduling() {
        Client down = new Client(fail(new ProcessingException(new ConnectException("Connection refused"))));
        StaffDirectory directory = directory(down, 60_000);
        for (int i = 0; i < 10; i++) {
            directory.find(UUID.randomUUID());
        }
        int reached = down.calls.get();
        for (int i = 0; i < 10; i++) {
            assertInstanceOf(StaffDirectory.Lookup.Unavailable.class, directory.find(UUID.randomUUID()));
        }
        assertEquals(reached, down.calls.get(), "the open breaker answers without calling scheduling");
        assertTrue(reached < 30, "the breaker opened before every attempt was made: " + reached);
    }

    @Test
    void everyPageOfTheDirectoryIsRead() {
        UUID home = UUID.randomUUID();
        AtomicInteger page = new AtomicInteger();
        Client client = new Client(() -> {
            int current = page.getAndIncrement();
            return new StaffPage(List.of(new StaffMember(UUID.randomUUID(), "10000" + current, "A", "B", "SCW", home,
                    null, null, true)), current, 100, 3, 3);
        });
        assertEquals(3, directory(client, 60_000).activeStaffOf(home).orElseThrow().size());
        assertEquals(3, client.calls.get());
    }
}
