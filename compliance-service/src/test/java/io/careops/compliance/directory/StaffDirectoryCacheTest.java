package io.careops.compliance.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The directory's short-lived memory of people found: per token, found people only. */
class StaffDirectoryCacheTest {

    private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    /**
     * A stand-in scheduling that counts the look-ups and answers what it is told to (a proxy, not
     * a class implementing the client: Quarkus would serve such a class as an endpoint).
     */
    static final class Scheduling {
        final List<String> asked = new ArrayList<>();
        RuntimeException failure;

        SchedulingStaffClient client() {
            return (SchedulingStaffClient) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {SchedulingStaffClient.class}, (proxy, method, args) -> {
                        asked.add((String) args[0]);
                        if (failure != null) {
                            throw failure;
                        }
                        if (method.getName().equals("list")) {
                            // Two pages of one person each: page 0 and page 1 of the home asked.
                            UUID home = (UUID) args[1];
                            int page = (Integer) args[3];
                            return new StaffPage(List.of(new StaffMember(new UUID(home.getLeastSignificantBits(), page),
                                    "10000" + page, "Ann", "Bell", "SCA", home, null, null, true)), page, 1, 2, 2);
                        }
                        if (!method.getName().equals("get")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        return new StaffMember((UUID) args[1], "S1001", "Ann", "Bell", "SCA", UUID.randomUUID(), null,
                                null, true);
                    });
        }
    }

    static JsonWebToken token(AtomicReference<String> raw) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "tester";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return claimName.equals("raw_token") ? (T) raw.get() : null;
            }

            @Override
            public String getRawToken() {
                return raw.get();
            }
        };
    }

    @Test
    void aPersonFoundIsAskedForOncePerTokenWhileRemembered() {
        Scheduling scheduling = new Scheduling();
        AtomicReference<String> raw = new AtomicReference<>("token-A");
        StaffDirectory directory = new StaffDirectory(scheduling.client(), token(raw), 500, 0, 1, 1000, 30);

        assertInstanceOf(StaffDirectory.Lookup.Found.class, directory.find(PERSON));
        assertInstanceOf(StaffDirectory.Lookup.Found.class, directory.find(PERSON));
        assertEquals(List.of("Bearer token-A"), scheduling.asked);

        raw.set("token-B"); // another caller: asked again, with their own token
        assertInstanceOf(StaffDirectory.Lookup.Found.class, directory.find(PERSON));
        assertEquals(List.of("Bearer token-A", "Bearer token-B"), scheduling.asked);
    }

    @Test
    void unknownAndUnavailableAreNotRemembered() {
        Scheduling scheduling = new Scheduling();
        StaffDirectory directory = new StaffDirectory(scheduling.client(), token(new AtomicReference<>("token-A")), 500, 0, 1,
                1000, 30);

        scheduling.failure = new WebApplicationException(404);
        assertInstanceOf(StaffDirectory.Lookup.Unknown.class, directory.find(PERSON));
        scheduling.failure = new WebApplicationException(503);
        assertInstanceOf(StaffDirectory.Lookup.Unavailable.class, directory.find(PERSON));
        scheduling.failure = null;
        assertInstanceOf(StaffDirectory.Lookup.Found.class, directory.find(PERSON));
        assertEquals(3, scheduling.asked.size());
    }

    @Test
    void noMemoryWhenTurnedOff() {
        Scheduling scheduling = new Scheduling();
        StaffDirectory directory = new StaffDirectory(scheduling.client(), token(new AtomicReference<>("token-A")), 500, 0, 1,
                1000, 0);

        directory.find(PERSON);
        directory.find(PERSON);

        assertEquals(2, scheduling.asked.size());
    }

    @Test
    void aHomesStaffIsReadOncePerTokenAndHomeWhileRemembered() {
        Scheduling scheduling = new Scheduling();
        AtomicReference<String> raw = new AtomicReference<>("token-A");
        StaffDirectory directory = new StaffDirectory(scheduling.client(), token(raw), 500, 0, 1, 1000, 30);
        UUID home = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        UUID otherHome = UUID.fromString("00000000-0000-0000-0000-00000000000c");

        assertEquals(2, directory.activeStaffOf(home).orElseThrow().size());
        assertEquals(directory.activeStaffOf(home), directory.activeStaffOf(home));
        assertEquals(List.of("Bearer token-A", "Bearer token-A"), scheduling.asked); // both pages, once

        directory.activeStaffOf(otherHome); // another home: read
        assertEquals(4, scheduling.asked.size());

        raw.set("token-B"); // another caller: read again with their own token, never from token-A's list
        assertEquals(2, directory.activeStaffOf(home).orElseThrow().size());
        assertEquals(List.of("Bearer token-B", "Bearer token-B"), scheduling.asked.subList(4, 6));
    }

    @Test
    void aHomeNotReadWholeIsNotRemembered() {
        Scheduling scheduling = new Scheduling();
        StaffDirectory directory = new StaffDirectory(scheduling.client(), token(new AtomicReference<>("token-A")), 500, 0, 1,
                1000, 30);
        UUID home = UUID.fromString("00000000-0000-0000-0000-00000000000b");

        scheduling.failure = new WebApplicationException(503);
        assertTrue(directory.activeStaffOf(home).isEmpty());
        scheduling.failure = null;
        assertEquals(2, directory.activeStaffOf(home).orElseThrow().size());
        assertEquals(3, scheduling.asked.size()); // the failed first page, then both pages
    }

    @Test
    void noHomeMemoryWhenTurnedOff() {
        Scheduling scheduling = new Scheduling();
        StaffDirectory directory = new StaffDirectory(scheduling.client(), token(new AtomicReference<>("token-A")), 500, 0, 1,
                1000, 0);
        UUID home = UUID.fromString("00000000-0000-0000-0000-00000000000b");

        directory.activeStaffOf(home);
        directory.activeStaffOf(home);

        assertEquals(4, scheduling.asked.size());
    }
}
