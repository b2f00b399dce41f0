package io.careops.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, with problem JSON and before any resource runs, the requests no resource could answer
 * sensibly:
 * <ul>
 * <li>a path or query carrying U+0000 ({@code %00}): 400, since PostgreSQL cannot store or compare
 * it and it is never meaningful in a name, a code or an id;</li>
 * <li>a request target longer than {@code careops.http.max-uri-length} (8 KB): 414;</li>
 * <li>request headers larger than {@code careops.http.max-header-size} (16 KB): 431;</li>
 * <li>a body on POST, PUT or PATCH without a Content-Type: 415 (we do not guess that it is JSON);</li>
 * <li>a request (preflight or not) from a browser origin that {@code quarkus.http.cors.origins} does
 * not list and that is not the service's own: 403, with no CORS headers at all. Quarkus's CORS
 * filter would refuse it too, but still name the allowed methods and answer without a body.</li>
 * </ul>
 * Vert.x's own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above ours, so that requests between the two get the
 * problem JSON answer; beyond Vert.x's limit it still closes the connection with an empty 414/431.
 */
@ApplicationScoped
public class RequestGuards {

    private static final List<HttpMethod> WITH_BODY = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final ObjectMapper json;
    private final int maxUriLength;
    private final long maxHeaderSize;
    private final List<String> origins;

    public RequestGuards(ObjectMapper json,
            @ConfigProperty(name = "careops.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "careops.http.max-header-size", defaultValue = "16K") MemorySize maxHeaderSize,
            @ConfigProperty(name = "quarkus.http.cors.origins") java.util.Optional<List<String>> origins) {
        this.json = json;
        this.origins = origins.orElse(List.of());
        this.maxUriLength = maxUriLength;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
    }

    void install(@Observes Router router) {
        // Ahead of Quarkus's filters (CORS runs at -300), so a refused origin gets no CORS headers.
        router.route().order(-10_000).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        var request = context.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            write(context, 414, ProblemType.URI_TOO_LONG,
                    "The request target is " + uri.length() + " characters; this service reads at most " + maxUriLength);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderSize) {
            write(context, 431, ProblemType.HEADERS_TOO_LARGE,
                    "The request headers are " + headerBytes + " bytes; this service reads at most " + maxHeaderSize);
            return;
        }
        if (uri.indexOf('\0') >= 0 || uri.toLowerCase(Locale.ROOT).contains("%00")) {
            write(context, 400, ProblemType.BAD_REQUEST, "The path or query contains the character U+0000, which is never valid here");
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !allowedOrigin(origin, request)) {
            write(context, 403, ProblemType.FORBIDDEN, "Requests from the origin " + printable(origin)
                    + " are not allowed; an operator lists allowed origins in QUARKUS_HTTP_CORS_ORIGINS");
            return;
        }
        if (WITH_BODY.contains(request.method()) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null && hasBody(request)) {
            write(context, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The request has a body but no Content-Type; send Content-Type: application/json");
            return;
        }
        context.next();
    }

    private boolean allowedOrigin(String origin, io.vertx.core.http.HttpServerRequest request) {
        String own = request.scheme() + "://" + request.getHeader(HttpHeaders.HOST);
        if (origin.equals(own)) {
            return true;
        }
        for (String allowed : origins) {
            String entry = allowed.strip();
            if (entry.equals("*") || entry.equals(origin)
                    || entry.length() > 2 && entry.startsWith("/") && entry.endsWith("/")
                            && origin.matches(entry.substring(1, entry.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 100 ? flat.substring(0, 100) + "..." : flat;
    }

    private static boolean hasBody(io.vertx.core.http.HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private void write(RoutingContext context, int status, ProblemType type, String detail) {
        if (context.response().ended()) {
            return;
        }
        String path = context.request().path();
        Problem problem = new Problem(type.type(), type.title(), status, detail,
                path == null || path.indexOf('\0') >= 0 || path.length() > 200 ? "/" : path, null);
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 414 || status == 431) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        try {
            context.response().end(json.writeValueAsString(problem));
        } catch (JsonProcessingException impossible) {
            context.response().end();
        }
    }
}
