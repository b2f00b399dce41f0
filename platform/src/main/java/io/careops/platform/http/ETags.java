package io.careops.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The ETag of every successful GET or PATCH whose body is one versioned record
 * ({@link Versions.Tagged}), unless the resource set one itself: the If-Match a PATCH takes.
 */
public class ETags {

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (response.getStatus() / 100 == 2 && ("GET".equals(method) || "PATCH".equals(method))
                && response.getEntity() instanceof Versions.Tagged tagged
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, Versions.etag(tagged.version()));
        }
    }
}
