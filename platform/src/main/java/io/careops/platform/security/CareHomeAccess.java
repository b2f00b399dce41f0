package io.careops.platform.security;

import io.careops.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which care homes the caller may see, from the token's {@code care_homes} claim: a list of
 * care-home ids, or {@code "*"} for all. A record of another home is reported as not found, so
 * a caller cannot learn that it exists.
 */
@RequestScoped
public class CareHomeAccess {

    public static final String CLAIM = "care_homes";
    public static final String ALL_HOMES = "*";

    private final boolean allHomes;
    private final Set<UUID> homes;

    public CareHomeAccess(JsonWebToken token) {
        Set<String> claimed = claimedHomes(token);
        this.allHomes = claimed.contains(ALL_HOMES);
        this.homes = claimed.stream().filter(CareHomeAccess::isUuid).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
    }

    public boolean canSee(UUID careHomeId) {
        return careHomeId != null && (allHomes || homes.contains(careHomeId));
    }

    /** Fails with 404 (not 403) when the record belongs to a home the caller may not see. */
    public void requireVisible(UUID careHomeId, String what, Object id) {
        if (!canSee(careHomeId)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /**
     * The record if it exists and belongs to a home the caller may see; otherwise 404, the same
     * answer either way.
     */
    public <T> T visible(Optional<T> record, Function<T, UUID> careHomeOf, String what, Object id) {
        T found = record.orElseThrow(() -> ProblemException.notFound(what, id));
        requireVisible(careHomeOf.apply(found), what, id);
        return found;
    }

    /** The homes to filter a list by; empty means every home. */
    public Optional<Set<UUID>> restriction() {
        return allHomes ? Optional.empty() : Optional.of(homes);
    }

    private static Set<String> claimedHomes(JsonWebToken token) {
        Object claim = token.getClaim(CLAIM);
        if (claim == null) {
            return Set.of();
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(CareHomeAccess::text).collect(Collectors.toSet());
        }
        if (claim instanceof Iterable<?> values) {
            Set<String> result = new java.util.HashSet<>();
            values.forEach(value -> result.add(text(value)));
            return result;
        }
        return Set.of(text(claim));
    }

    private static String text(Object value) {
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return String.valueOf(value).replace("\"", "");
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
