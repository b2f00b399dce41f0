import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rolling-update rehearsal's traffic (run by .ci/release-rehearsal). Three parts:
 * <ul>
 * <li>a router per service, standing in for a Kubernetes Service: it forwards each request to
 * one of the pods listed in DIR/&lt;service&gt;.targets (re-read every 100 ms), round robin. The
 * script adds a new pod once it is ready and removes an old one before stopping it, as the
 * endpoints controller does; the services call each other through these routers too;</li>
 * <li>clients that write and read through the routers without pause until DIR/stop appears,
 * counting every answer; anything but the expected status (or no answer) is a failure;</li>
 * <li>a sampler of PostgreSQL's lock table: the longest wait for a lock, and the longest time an
 * ACCESS EXCLUSIVE lock was held, by any session.</li>
 * </ul>
 * At the end it reads back every write that was acknowledged and prints the figures; it exits 1
 * when a request failed, an acknowledged write is missing, or a lock outlasted the lock_timeout.
 *
 * Usage: java -cp CLASSPATH RollingLoad.java DIR ROUTER_BASE_PORT JDBC_URL TOKEN [LOCK_TIMEOUT_MS]
 */
public class RollingLoad {

    static final String[] SERVICES = {"scheduling", "incident-safety", "compliance"};
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    final Path dir;
    final int routerBase;
    final String jdbcUrl;
    final String token;
    final long lockTimeoutMs;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final Map<String, List<String>> targets = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> nextTarget = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String[]> acknowledged = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    volatile double maxLockWaitMs;
    volatile double maxExclusiveHeldMs;
    volatile String maxExclusiveHeldBy = "";
    volatile boolean stopping;

    RollingLoad(String[] args) {
        dir = Path.of(args[0]);
        routerBase = Integer.parseInt(args[1]);
        jdbcUrl = args[2];
        token = args[3];
        lockTimeoutMs = args.length > 4 ? Long.parseLong(args[4]) : 5000;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: RollingLoad DIR ROUTER_BASE_PORT JDBC_URL TOKEN [LOCK_TIMEOUT_MS]");
            System.exit(2);
        }
        System.exit(new RollingLoad(args).run());
    }

    String router(String service) {
        int offset = switch (service) {
            case "scheduling" -> 1;
            case "incident-safety" -> 2;
            default -> 3;
        };
        return "http://localhost:" + (routerBase + offset);
    }

    int run() throws Exception {
        refreshTargets();
        Thread refresher = daemon("targets", () -> {
            while (!stopping) {
                refreshTargets();
                sleep(100);
            }
        });
        List<HttpServer> routers = new ArrayList<>();
        for (String service : SERVICES) {
            routers.add(startRouter(service));
        }
        Thread sampler = daemon("locks", this::sampleLocks);

        // A home, a unit and a staff member for the writes, made once through the routers.
        String home = idOf(send("POST", router("scheduling") + "/api/v1/care-homes", """
                {"name":"Rehearsal home","code":"RH%1$d","serviceNumber":"CS%2$010d","bedCapacity":60,"occupancy":40,
                 "address":"1 Test Street, Glasgow","postcode":"G1 1AA"}""".formatted(
                System.currentTimeMillis() % 100000, System.currentTimeMillis() % 10_000_000_000L), 201));
        String unit = idOf(send("POST", router("scheduling") + "/api/v1/units",
                "{\"careHomeId\":\"" + home + "\",\"name\":\"REHEARSAL\"}", 201));
        String staffNumber = "%06d".formatted(System.currentTimeMillis() % 1_000_000);
        String staff = idOf(send("POST", router("scheduling") + "/api/v1/staff", """
                {"staffNumber":"%s","firstName":"Iona","lastName":"Rehearsal","roleCode":"SCW","careHomeId":"%s",
                 "contractedHoursPerWeek":37.5,"employmentStart":"2020-01-01","hourlyRate":13.50}""".formatted(staffNumber, home), 201));
        if (home == null || unit == null || staff == null) {
            System.err.println("could not set up the rehearsal's records: " + failures);
            return 1;
        }
        System.out.println("READY load");
        System.out.flush();

        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                long n = 0;
                while (!Files.exists(dir.resolve("stop"))) {
                    n++;
                    String service = SERVICES[(int) ((n + client) % 3)];
                    boolean write = (n % 2) == 0;
                    try {
                        traffic(service, write, home, unit, staff, staffNumber, client, n);
                    } catch (RuntimeException unexpected) {
                        failure("client " + client + ": " + unexpected);
                    }
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS)) {
            // until the stop file appears
        }

        // Every acknowledged write must still be there, read through the routers (the pods now in service).
        long missing = 0;
        for (String[] write : acknowledged) {
            HttpResponse<String> read = exchange("GET", router(write[0]) + write[1], null);
            if (read == null || read.statusCode() != 200) {
                missing++;
                if (missing <= 10) {
                    System.err.println("MISSING " + write[0] + write[1] + " -> " + (read == null ? "no answer" : read.statusCode()));
                }
            }
        }
        stopping = true;
        routers.forEach(r -> r.stop(0));
        refresher.interrupt();
        sampler.join(1000);

        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.println("---- rehearsal figures ----");
        System.out.printf("requests:                 %d%n", requests.get());
        System.out.printf("failed requests:          %d%n", failed.get());
        System.out.printf("answers by status:        %s%n", new TreeMap<>(outcomes));
        System.out.printf("latency p50 / p99 / max:  %.1f / %.1f / %.1f ms%n", pct(sorted, 50), pct(sorted, 99),
                sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1000.0);
        System.out.printf("writes acknowledged:      %d%n", acknowledged.size());
        System.out.printf("acknowledged, missing:    %d%n", missing);
        System.out.printf("longest lock wait:        %.0f ms (lock_timeout %d ms)%n", maxLockWaitMs, lockTimeoutMs);
        System.out.printf("longest exclusive lock:   %.0f ms%s%n", maxExclusiveHeldMs,
                maxExclusiveHeldBy.isEmpty() ? "" : " (" + maxExclusiveHeldBy + ")");
        failures.stream().limit(20).forEach(f -> System.out.println("FAILURE " + f));
        boolean ok = failed.get() == 0 && missing == 0 && maxLockWaitMs <= lockTimeoutMs && maxExclusiveHeldMs <= lockTimeoutMs
                && !acknowledged.isEmpty();
        System.out.println(ok ? "REHEARSAL PASSED" : "REHEARSAL FAILED");
        return ok ? 0 : 1;
    }

    void traffic(String service, boolean write, String home, String unit, String staff, String staffNumber, int client, long n) {
        String base = router(service) + "/api/v1";
        switch (service) {
            case "scheduling" -> {
                if (write) {
                    String day = java.time.LocalDate.of(2026, 1, 5).plusDays((n * 7 + client) % 300).toString();
                    String id = idOf(send("POST", base + "/shifts", "{\"unitId\":\"" + unit + "\",\"date\":\"" + day
                            + "\",\"shiftTypeId\":\"6d1b6a52-2f0e-4d7c-9c0a-000000000002\"}", 201));
                    if (id != null) {
                        acknowledged.add(new String[] {service, "/api/v1/shifts/" + id});
                    }
                } else {
                    send("GET", base + "/shifts?unitId=" + unit + "&size=20", null, 200);
                }
            }
            case "incident-safety" -> {
                if (write) {
                    String id = idOf(send("POST", base + "/incidents", """
                            {"careHomeId":"%s","occurredOn":"2026-03-02","occurredAt":"10:45","incidentType":"FALL_UNWITNESSED",
                             "severity":"NO_HARM","riskRating":"LOW","location":"Lounge","description":"Rehearsal write %d-%d."}"""
                            .formatted(home, client, n), 201));
                    if (id != null) {
                        acknowledged.add(new String[] {service, "/api/v1/incidents/" + id});
                    }
                } else {
                    send("GET", base + "/incidents?careHomeId=" + home + "&size=20", null, 200);
                }
            }
            default -> {
                if (write) {
                    String id = idOf(send("POST", base + "/certifications", """
                            {"careHomeId":"%s","staffId":"%s","staffNumber":"%s","certificationType":"FIRE_SAFETY",
                             "issueDate":"2025-06-30","issuingBody":"REHIS","certificateNumber":"R%d"}"""
                            .formatted(home, staff, staffNumber, n), 201));
                    if (id != null) {
                        acknowledged.add(new String[] {service, "/api/v1/certifications/" + id});
                    }
                } else {
                    send("GET", base + "/certifications?careHomeId=" + home + "&size=20", null, 200);
                }
            }
        }
    }

    /** A request through a router; counts it, and counts it failed unless it answered {@code expected}. */
    HttpResponse<String> send(String method, String url, String body, int expected) {
        long started = System.nanoTime();
        HttpResponse<String> response = exchange(method, url, body);
        latenciesMicros.add((System.nanoTime() - started) / 1000);
        requests.incrementAndGet();
        String key = response == null ? "no answer" : String.valueOf(response.statusCode());
        outcomes.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        if (response == null || response.statusCode() != expected) {
            failure(method + " " + url.replaceFirst("http://localhost:\\d+", "") + " -> " + key
                    + (response == null ? "" : " " + response.body().substring(0, Math.min(200, response.body().length()))));
            return null;
        }
        return response;
    }

    void failure(String what) {
        failed.incrementAndGet();
        failures.add(what);
    }

    HttpResponse<String> exchange(String method, String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static String idOf(HttpResponse<String> response) {
        if (response == null) {
            return null;
        }
        Matcher m = ID.matcher(response.body());
        return m.find() ? m.group(1) : null;
    }

    // --- the routers ----------------------------------------------------------------------------

    void refreshTargets() {
        for (String service : SERVICES) {
            try {
                List<String> list = Files.readAllLines(dir.resolve(service + ".targets")).stream()
                        .map(String::trim).filter(s -> !s.isEmpty()).toList();
                targets.put(service, list);
            } catch (IOException e) {
                // keep the last list: the script rewrites the file atomically (rename)
            }
        }
    }

    HttpServer startRouter(String service) throws IOException {
        int port = Integer.parseInt(router(service).substring(router(service).lastIndexOf(':') + 1));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(16));
        HttpClient upstream = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        nextTarget.put(service, new AtomicInteger());
        server.createContext("/", exchange -> forward(service, upstream, exchange));
        server.start();
        return server;
    }

    void forward(String service, HttpClient upstream, HttpExchange exchange) throws IOException {
        try (exchange) {
            List<String> pods = targets.getOrDefault(service, List.of());
            if (pods.isEmpty()) {
                reply(exchange, 503, "no pod in service".getBytes(), null);
                return;
            }
            String pod = pods.get(Math.floorMod(nextTarget.get(service).getAndIncrement(), pods.size()));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pod + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : List.of("Authorization", "Content-Type", "Accept", "X-Request-Id")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            try {
                HttpResponse<byte[]> response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                reply(exchange, response.statusCode(), response.body(), response);
            } catch (IOException | InterruptedException e) {
                // What a client behind a Service sees when the pod dies mid-request: a broken answer.
                reply(exchange, 502, ("pod " + pod + " did not answer: " + e).getBytes(), null);
            }
        }
    }

    static void reply(HttpExchange exchange, int status, byte[] body, HttpResponse<byte[]> from) throws IOException {
        if (from != null) {
            for (String header : List.of("Content-Type", "Location", "Retry-After", "ETag")) {
                from.headers().firstValue(header).ifPresent(v -> exchange.getResponseHeaders().add(header, v));
            }
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    // --- locks ------------------------------------------------------------------------------------

    void sampleLocks() {
        String waits = "SELECT coalesce(max(extract(epoch FROM clock_timestamp() - state_change)) * 1000, 0) "
                + "FROM pg_stat_activity WHERE wait_event_type = 'Lock'";
        String exclusive = "SELECT coalesce(extract(epoch FROM clock_timestamp() - a.xact_start) * 1000, 0), "
                + "a.datname || ': ' || left(a.query, 80) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.granted AND l.mode = 'AccessExclusiveLock' AND l.locktype = 'relation' "
                + "AND a.pid <> pg_backend_pid() ORDER BY 1 DESC LIMIT 1";
        while (!stopping) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                    Statement statement = connection.createStatement()) {
                while (!stopping) {
                    try (ResultSet rs = statement.executeQuery(waits)) {
                        if (rs.next()) {
                            maxLockWaitMs = Math.max(maxLockWaitMs, rs.getDouble(1));
                        }
                    }
                    try (ResultSet rs = statement.executeQuery(exclusive)) {
                        if (rs.next() && rs.getDouble(1) > maxExclusiveHeldMs) {
                            maxExclusiveHeldMs = rs.getDouble(1);
                            maxExclusiveHeldBy = rs.getString(2).replaceAll("\\s+", " ");
                        }
                    }
                    sleep(50);
                }
            } catch (Exception e) {
                sleep(200); // PostgreSQL is not restarted here; reconnect if it ever drops us
            }
        }
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
