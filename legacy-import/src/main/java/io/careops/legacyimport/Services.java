package io.careops.legacyimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

/** The three services' import APIs, called with the admin token. */
final class Services {

    /** A service cannot be reached or answers 5xx: stop cleanly; the next run resumes. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** A service refused a batch (4xx): the data or the token is wrong; nothing of that batch was written. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    enum Service { SCHEDULING, INCIDENTS, COMPLIANCE }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final String scheduling;
    private final String incidents;
    private final String compliance;
    private final String token;

    Services(ObjectMapper json, String scheduling, String incidents, String compliance, String token) {
        this.json = json;
        this.scheduling = strip(scheduling);
        this.incidents = strip(incidents);
        this.compliance = strip(compliance);
        this.token = token;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String base(Service service) {
        return switch (service) {
            case SCHEDULING -> scheduling;
            case INCIDENTS -> incidents;
            case COMPLIANCE -> compliance;
        };
    }

    /** Posts one batch; answers the outcomes, one per record in the order sent. */
    JsonNode post(Service service, String path, List<?> records, boolean dryRun) throws Unavailable, Refused, IOException {
        String url = base(service) + "/api/v1/import/" + path + (dryRun ? "?dryRun=true" : "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(records))).build();
        return send(service, request, url);
    }

    /** A POST with no body (an action on what was imported), e.g. {@code working-time-review?page=0}. */
    JsonNode post(Service service, String pathAndQuery) throws Unavailable, Refused, IOException {
        String url = base(service) + "/api/v1/import/" + pathAndQuery;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return send(service, request, url);
    }

    JsonNode get(Service service, String pathAndQuery) throws Unavailable, Refused, IOException {
        String url = base(service) + "/api/v1/import/" + pathAndQuery;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        return send(service, request, url);
    }

    private JsonNode send(Service service, HttpRequest request, String url) throws Unavailable, Refused, IOException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpTimeoutException e) {
            throw new Unavailable(service.name().toLowerCase() + " service at " + base(service) + " cannot be reached ("
                    + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            throw new Unavailable(service.name().toLowerCase() + " service at " + base(service) + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new Unavailable(service.name().toLowerCase() + " service answered " + status + " for " + url + ": " + detail(response));
        }
        if (status == 401 || status == 403) {
            throw new Refused(service.name().toLowerCase() + " service answered " + status
                    + ": the token must be an admin token for every care home (" + detail(response) + ")");
        }
        if (status >= 400) {
            throw new Refused(service.name().toLowerCase() + " service refused " + url + " with " + status + ": " + detail(response));
        }
        return json.readTree(response.body());
    }

    private String detail(HttpResponse<byte[]> response) {
        try {
            JsonNode problem = json.readTree(response.body());
            StringBuilder text = new StringBuilder(problem.path("detail").asText(problem.path("title").asText("")));
            problem.path("errors").forEach(e -> text.append("; ").append(e.path("field").asText()).append(": ")
                    .append(e.path("message").asText()));
            return text.toString();
        } catch (IOException | RuntimeException e) {
            String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            return body.length() > 300 ? body.substring(0, 300) : body;
        }
    }
}
