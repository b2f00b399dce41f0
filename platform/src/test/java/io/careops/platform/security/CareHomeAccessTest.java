package io.careops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CareHomeAccessTest {

    private static final UUID HOME = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    private static final UUID OTHER = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3");

    /** A token whose claims are a map; counts how often the care_homes claim is read. */
    private static JsonWebToken token(String raw, Object careHomes, AtomicInteger reads) {
        Map<String, Object> claims = raw == null ? Map.of("care_homes", careHomes)
                : Map.of("care_homes", careHomes, "raw_token", raw);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone@careops.invalid";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                if ("care_homes".equals(name)) {
                    reads.incrementAndGet();
                }
                return (T) claims.get(name);
            }
        };
    }

    @Test
    void listedHomesOnlyAndMalformedEntriesIgnored() {
        var claim = Json.createArrayBuilder().add(HOME.toString()).add("not-a-uuid").add("1-1-1-1-1")
                .add(OTHER.toString().toUpperCase().replace('-', '_')).build();
        CareHomeAccess access = new CareHomeAccess(token(null, claim, new AtomicInteger()));
        assertTrue(access.canSee(HOME));
        assertFalse(access.canSee(OTHER));
        assertFalse(access.canSee(null));
        assertEquals(Optional.of(Set.of(HOME)), access.restriction());
    }

    @Test
    void upperCaseUuidIsAHome() {
        CareHomeAccess access = new CareHomeAccess(token(null, List.of(OTHER.toString().toUpperCase()), new AtomicInteger()));
        assertTrue(access.canSee(OTHER));
        assertFalse(access.canSee(HOME));
    }

    @Test
    void starMeansEveryHome() {
        CareHomeAccess access = new CareHomeAccess(token(null, Json.createArrayBuilder().add("*").build(), new AtomicInteger()));
        assertTrue(access.canSee(HOME));
        assertTrue(access.canSee(OTHER));
        assertEquals(Optional.empty(), access.restriction());
    }

    @Test
    void noClaimSeesNothing() {
        JsonWebToken none = new JsonWebToken() {
            @Override
            public String getName() {
                return "nobody";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of();
            }

            @Override
            public <T> T getClaim(String name) {
                return null;
            }
        };
        CareHomeAccess access = new CareHomeAccess(none);
        assertFalse(access.canSee(HOME));
        assertEquals(Optional.of(Set.of()), access.restriction());
    }

    @Test
    void theClaimIsReadOncePerVerifiedTokenAndEachTokenKeepsItsOwnHomes() {
        AtomicInteger reads = new AtomicInteger();
        String raw = "header.payload-" + UUID.randomUUID() + ".signature";
        for (int i = 0; i < 3; i++) {
            assertTrue(new CareHomeAccess(token(raw, List.of(HOME.toString()), reads)).canSee(HOME));
        }
        assertEquals(1, reads.get());
        // Another token (other bytes) is read on its own, never served another token's homes.
        CareHomeAccess other = new CareHomeAccess(token(raw + "x", List.of(OTHER.toString()), reads));
        assertTrue(other.canSee(OTHER));
        assertFalse(other.canSee(HOME));
        assertEquals(2, reads.get());
    }
}
