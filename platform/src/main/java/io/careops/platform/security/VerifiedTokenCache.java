package io.careops.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, not on every request: a client sends the same token with each call
 * until it expires, and checking its RSA signature and claims again each time was the largest cost
 * of a small read. The key is the whole compact token, signature included, so only a token that
 * verified before is served from here, byte for byte; an entry leaves at the token's {@code exp} (or
 * after {@link #MAX_AGE}, so a rotated signing key stops being trusted for cached tokens too).
 * Anything that fails verification is never cached, and is checked again on every request.
 * Bounded: at most {@link #MAX_TOKENS} tokens (a few KB each), least recently used dropped first.
 */
@Decorator
@Priority(1)
public abstract class VerifiedTokenCache implements JWTParser {

    static final int MAX_TOKENS = 10_000;
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> untilExpiry(jwt)))
            .build();

    @Inject
    @Delegate
    JWTParser delegate;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken cached = verified.getIfPresent(token);
        if (cached != null && cached.getExpirationTime() > System.currentTimeMillis() / 1000) {
            return cached;
        }
        JsonWebToken jwt = delegate.parse(token);
        verified.put(token, jwt);
        return jwt;
    }

    private static Duration untilExpiry(JsonWebToken jwt) {
        long left = jwt.getExpirationTime() * 1000 - System.currentTimeMillis();
        return Duration.ofMillis(Math.max(0, Math.min(left, MAX_AGE.toMillis())));
    }
}
