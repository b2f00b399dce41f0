package io.careops.platform.observability;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id that appears on each log line written for it (MDC key
 * {@code requestId}) and in the {@code X-Request-Id} response header, so an operator can go from
 * a caller's complaint to the log lines. An id sent by the caller or the ingress is kept when it
 * is short and plain; anything else is replaced, so a header cannot inject text into the logs.
 */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    void install(@Observes Router router) {
        // Ahead of the request guards (RequestGuards, -10000), Quarkus's filters (CORS) and the
        // body-size check (HttpProblemRoutes), so an answer given before any resource runs still
        // carries the id.
        router.route().order(-20_000).handler(this::tag);
    }

    private void tag(RoutingContext context) {
        String id = requestIdOf(context.request().getHeader(HEADER));
        // Quarkus keeps the MDC in the request's own Vert.x context, so worker threads serving the
        // same request see it too, and concurrent requests never see each other's id.
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.addEndHandler(ignored -> MDC.remove(MDC_KEY));
        context.next();
    }

    static String requestIdOf(String sent) {
        return sent != null && SAFE_ID.matcher(sent).matches() ? sent : freshId();
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom}, not {@link UUID#randomUUID()}: a
     * request id correlates log lines and guards nothing, so it needs no cryptographic randomness,
     * and {@code randomUUID} goes through the JDK's shared, synchronized {@code SecureRandom}
     * (SHA-1 mixing) on every request, on the event loop (1-2% of a GET by id's samples in JFR).
     */
    static String freshId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;              // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }
}
