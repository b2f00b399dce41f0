package io.careops.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.careops.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
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

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * The homes a token names, read once per token (the same bounds as {@link VerifiedTokenCache}):
     * smallrye-jwt answers {@code getClaim} of a non-standard claim by first trying, and failing, to
     * find it among the standard ones, an exception with its stack trace on every request. Keyed by
     * the whole verified token, so a token's entry depends only on its own bytes.
     */
    private static final Cache<String, Homes> BY_TOKEN = Caffeine.newBuilder()
            .maximumSize(VerifiedTokenCache.MAX_TOKENS)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    private record Homes(boolean all, Set<UUID> ids) {
        static Homes of(JsonWebToken token) {
            Set<String> claimed = claimedHomes(token);
            return new Homes(claimed.contains(ALL_HOMES),
                    claimed.stream().filter(CareHomeAccess::isUuid).map(UUID::fromString).collect(Collectors.toUnmodifiableSet()));
        }
    }

    private final boolean allHomes;
    private final Set<UUID> homes;

    public CareHomeAccess(JsonWebToken token) {
        String raw = token.getRawToken();
        Homes claimed = raw == null ? Homes.of(token) : BY_TOKEN.get(raw, ignored -> Homes.of(token));
        this.allHomes = claimed.all();
        this.homes = claimed.ids();
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

    /** A UUID in its canonical 36-character form, checked without throwing (this runs per token). */
    private static boolean isUuid(String value) {
        return UUID_TEXT.matcher(value).matches();
    }
}
