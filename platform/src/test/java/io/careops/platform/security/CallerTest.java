package io.careops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static JsonWebToken token(Set<String> groups, Map<String, Object> claims) {
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
                if ("groups".equals(name)) {
                    return (T) groups;
                }
                return (T) claims.get(name);
            }

            @Override
            public Set<String> getGroups() {
                return groups;
            }
        };
    }

    private static Caller caller(Set<String> groups, Map<String, Object> claims, String claimName) {
        JsonWebToken token = token(groups, claims);
        return new Caller(token, new CareHomeAccess(token), claimName);
    }

    @Test
    void theStaffNumberComesFromTheConfiguredClaimAsTextOrNumber() {
        assertEquals(Optional.of("012345"), caller(Set.of("staff"), Map.of("staff_number", Json.createValue("012345")),
                "staff_number").staffNumber());
        assertEquals(Optional.of("012345"), caller(Set.of("staff"), Map.of("staff_number", Json.createValue(12345)),
                "staff_number").staffNumber());
        assertEquals(Optional.of("654321"), caller(Set.of("staff"), Map.of("employee_id", "654321"), "employee_id")
                .staffNumber());
        // Another claim name configured: the default claim is not read.
        assertEquals(Optional.empty(), caller(Set.of("staff"), Map.of("staff_number", "654321"), "employee_id")
                .staffNumber());
        assertEquals(Optional.empty(), caller(Set.of("staff"), Map.of("staff_number", "12-34"), "staff_number")
                .staffNumber());
        assertEquals(Optional.empty(), caller(Set.of("staff"), Map.of(), "staff_number").staffNumber());
    }

    @Test
    void onlyAStaffOnlyCallerIsSelfService() {
        assertTrue(caller(Set.of("staff"), Map.of(), "staff_number").selfService());
        assertFalse(caller(Set.of("staff", "manager"), Map.of(), "staff_number").selfService());
        assertFalse(caller(Set.of("inspector"), Map.of(), "staff_number").selfService());
        assertFalse(caller(Set.of("admin"), Map.of(), "staff_number").selfService());
        assertFalse(caller(Set.of(), Map.of(), "staff_number").selfService());
    }
}
