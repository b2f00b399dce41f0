package io.careops.platform.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestIdFilterTest {

    @ParameterizedTest(name = "''{0}'' kept: {1}")
    @CsvSource(nullValues = "-", value = {
            "3f0c1a7e-5b2d-4c8e-9f10-2a3b4c5d6e7f, true",
            "ingress-12345678, true",
            "abcdefgh, true",                      // 8 characters: shortest kept
            "abcdefg, false",                      // 7: too short to be an id
            "0123456789012345678901234567890123456789012345678901234567890123, true",   // 64
            "01234567890123456789012345678901234567890123456789012345678901234, false", // 65
            "'evil\nFAKE LOG LINE', false",
            "'has space inside', false",
            "'{\"json\":1}xxxxxxx', false",
            "-, false",
    })
    void keepsOnlyShortPlainIds(String sent, boolean kept) {
        String id = RequestIdFilter.requestIdOf(sent);
        if (kept) {
            assertEquals(sent, id);
        } else {
            assertNotEquals(sent, id);
            UUID.fromString(id); // a fresh id instead
        }
    }

    @org.junit.jupiter.api.Test
    void freshIdsAreVersion4UuidsAndDiffer() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RequestIdFilter.freshId();
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version());
            assertEquals(2, parsed.variant());
            assertEquals(id, parsed.toString());
            seen.add(id);
        }
        assertEquals(1000, seen.size());
    }
}
