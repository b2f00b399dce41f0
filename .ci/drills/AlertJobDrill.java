import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fault drill: two compliance instances on one database run the expiry alert job at the same
 * moment; each alert must reach the webhook exactly once.
 *
 * <pre>java -cp &lt;deploy/local launcher classpath&gt; .ci/drills/AlertJobDrill.java &lt;repo root&gt; &lt;work dir&gt;</pre>
 *
 * Starts, from nothing: an embedded PostgreSQL 15 (zonky, as the local launcher), a webhook receiver
 * (this program, com.sun.net.httpserver) that checks each delivery's signature and counts deliveries
 * per alert id, and two compliance processes from the built jar on that one database, with their
 * schedulers on as in production. It records {@value #CERTIFICATIONS} certifications that are due
 * an alert (half expiring soon, half expired), more than one delivery batch (100), then has both
 * instances run the job (POST /api/v1/alerts/run, what the daily schedule runs: record, then deliver)
 * at the same moment, twice. Exit status 0 only when every certification got exactly one alert and
 * every alert was delivered exactly once. The figures are printed on a line starting
 * {@code DRILL alert-job}. Every process it started is stopped before it exits.
 */
public class AlertJobDrill {

    static final int CERTIFICATIONS = 150;
    static final int ROUNDS = 2;
    static final String SECRET = "alert-drill-secret";
    static final String ISSUER = "https://dev-only.careops.invalid";
    static final Duration READY_WITHIN = Duration.ofSeconds(240);
    static final Duration DELIVERED_WITHIN = Duration.ofSeconds(120);
    static final String[] TYPES = {"FIRE_SAFETY", "MANUAL_HANDLING", "INFECTION_CONTROL", "MEDICATION", "SAFEGUARDING"};

    static final Map<String, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();
    static final AtomicInteger UNSIGNED = new AtomicInteger();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final long STARTED = System.nanoTime();

    public static void main(String[] args) {
        int exit;
        try {
            exit = run(args);
        } catch (Throwable failure) {
            System.err.println("FAILED: " + failure);
            failure.printStackTrace();
            exit = 1;
        }
        // Pools and the receiver's threads are not daemons: exit explicitly.
        System.exit(exit);
    }

    static int run(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(work);
        Path jar = repo.resolve("compliance-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            fail(jar + " not found: build first (./mvnw verify, or ./mvnw package -DskipTests)");
        }
        List<Process> services = new ArrayList<>();
        EmbeddedPostgres postgres = null;
        HttpServer receiver = null;
        int exit = 1;
        try {
            int pgPort = freePort();
            say("Starting PostgreSQL 15 on localhost:" + pgPort);
            postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.resolve("postgres").toFile())
                    .setDataDirectory(work.resolve("postgres/data")).setCleanDataDirectory(true).setPort(pgPort)
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60)).start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE careops_compliance");
            }

            receiver = receiver();
            String webhook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhook";
            int[] ports = {freePort(), freePort()};
            // Nothing listens here: the staff directory is "unavailable", so certifications are recorded unverified.
            int noScheduling = freePort();
            for (int i = 0; i < 2; i++) {
                String name = i == 0 ? "a" : "b";
                say("Starting compliance instance " + name + " on :" + ports[i] + " (log " + work.resolve("compliance-" + name + ".log") + ")");
                ProcessBuilder builder = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                        .redirectErrorStream(true).redirectOutput(work.resolve("compliance-" + name + ".log").toFile());
                Map<String, String> env = builder.environment();
                env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
                env.put("QUARKUS_HTTP_PORT", Integer.toString(ports[i]));
                env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + pgPort + "/careops_compliance");
                env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
                env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
                env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
                env.put("CAREOPS_JWT_DEV_KEYS_ALLOWED", "true");
                env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", repo.resolve("deploy/local/dev-keys/dev-only-public.pem").toString());
                env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
                env.put("CAREOPS_SCHEDULING_URL", "http://127.0.0.1:" + noScheduling);
                env.put("CAREOPS_ALERTS_WEBHOOK_URL", webhook);
                env.put("CAREOPS_ALERTS_WEBHOOK_SECRET", SECRET);
                services.add(builder.start());
                // The first migrates the empty database; the second starts on the migrated schema.
                awaitReady(services.get(i), ports[i], name);
            }

            String admin = token(repo, "admin");
            String base = "http://127.0.0.1:" + ports[0];
            say("Recording " + CERTIFICATIONS + " certifications due an alert");
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> created = new ArrayList<>();
            for (int n = 0; n < CERTIFICATIONS; n++) {
                int serial = n;
                created.add(pool.submit(() -> {
                    boolean expired = serial % 2 == 0;
                    LocalDate expiry = expired ? today.minusDays(1 + serial % 20) : today.plusDays(1 + serial % 20);
                    String body = """
                            {"careHomeId": "%s", "staffId": "%s", "staffNumber": "%06d", "certificationType": "%s",
                             "issueDate": "%s", "expiryDate": "%s", "awaitingEvidence": false}
                            """.formatted(UUID.nameUUIDFromBytes(("home-" + serial % 5).getBytes(StandardCharsets.UTF_8)),
                            UUID.randomUUID(), 700000 + serial, TYPES[serial % TYPES.length], expiry.minusYears(1), expiry);
                    return post(base + "/api/v1/certifications", admin, body).statusCode();
                }));
            }
            for (Future<Integer> status : created) {
                if (status.get() != 201) {
                    fail("recording a certification answered " + status.get());
                }
            }

            long triggered = System.nanoTime();
            int[] recorded = new int[2];
            int[] delivered = new int[2];
            for (int round = 1; round <= ROUNDS; round++) {
                say("Round " + round + ": both instances run the alert job at the same moment");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String url = "http://127.0.0.1:" + ports[i] + "/api/v1/alerts/run";
                    runs.add(pool.submit(() -> {
                        go.await();
                        return post(url, admin, "");
                    }));
                }
                go.countDown();
                for (int i = 0; i < 2; i++) {
                    HttpResponse<String> run = runs.get(i).get(DELIVERED_WITHIN.toSeconds(), TimeUnit.SECONDS);
                    if (run.statusCode() != 200) {
                        fail("instance " + (i == 0 ? "a" : "b") + " answered " + run.statusCode() + ": " + run.body());
                    }
                    recorded[i] += number(run.body(), "\"EXPIRING_SOON\"\\s*:\\s*(\\d+)") + number(run.body(), "\"EXPIRED\"\\s*:\\s*(\\d+)");
                    delivered[i] += number(run.body(), "\"delivered\"\\s*:\\s*(\\d+)");
                    say("  instance " + (i == 0 ? "a" : "b") + ": " + run.body());
                }
            }
            pool.shutdown();

            // The scheduled delivery runs too (every 60 s on each instance): wait until nothing is left to deliver.
            long deadline = System.nanoTime() + DELIVERED_WITHIN.toNanos();
            long alerts;
            long undelivered;
            while (true) {
                try (Connection connection = postgres.getDatabase("postgres", "careops_compliance").getConnection();
                        Statement statement = connection.createStatement();
                        ResultSet counts = statement.executeQuery(
                                "SELECT count(*), count(*) FILTER (WHERE delivery_state <> 'DELIVERED') FROM expiry_alert")) {
                    counts.next();
                    alerts = counts.getLong(1);
                    undelivered = counts.getLong(2);
                }
                if ((alerts >= CERTIFICATIONS && undelivered == 0) || System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(500);
            }
            Thread.sleep(2000); // room for a late duplicate to arrive
            long tookMillis = (System.nanoTime() - triggered) / 1_000_000;

            int deliveries = DELIVERIES.values().stream().mapToInt(AtomicInteger::get).sum();
            long duplicated = DELIVERIES.values().stream().filter(count -> count.get() > 1).count();
            System.out.printf("DRILL alert-job: certifications due %d; alerts recorded %d (run results: instance a %d, "
                    + "instance b %d); deliveries counted by the receiver %d for %d distinct alerts, %d alerts delivered "
                    + "more than once, %d unsigned; delivered according to the runs: instance a %d, instance b %d; "
                    + "undelivered %d; %d ms from the first run%n", CERTIFICATIONS, alerts, recorded[0], recorded[1],
                    deliveries, DELIVERIES.size(), duplicated, UNSIGNED.get(), delivered[0], delivered[1], undelivered,
                    tookMillis);

            List<String> failures = new ArrayList<>();
            if (alerts != CERTIFICATIONS) {
                failures.add("expected one alert per certification (" + CERTIFICATIONS + "), found " + alerts);
            }
            if (recorded[0] + recorded[1] != CERTIFICATIONS) {
                failures.add("the runs recorded " + (recorded[0] + recorded[1]) + " alerts between them, not " + CERTIFICATIONS);
            }
            if (deliveries != CERTIFICATIONS || DELIVERIES.size() != CERTIFICATIONS || duplicated != 0) {
                failures.add("expected each of " + CERTIFICATIONS + " alerts delivered exactly once; got " + deliveries
                        + " deliveries of " + DELIVERIES.size() + " alerts, " + duplicated + " more than once");
            }
            if (UNSIGNED.get() != 0) {
                failures.add(UNSIGNED.get() + " deliveries without a valid signature");
            }
            if (undelivered != 0) {
                failures.add(undelivered + " alerts not delivered");
            }
            if (failures.isEmpty()) {
                say("PASSED: every alert delivered exactly once");
                exit = 0;
            } else {
                failures.forEach(failure -> System.err.println("FAILED: " + failure));
            }
        } finally {
            for (Process service : services) {
                service.destroy();
            }
            for (Process service : services) {
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
            if (receiver != null) {
                receiver.stop(0);
            }
            if (postgres != null) {
                postgres.close();
            }
        }
        return exit;
    }

    /** Counts deliveries per alert id; each must carry a valid signature. Answers after a short pause, as a real receiver would. */
    static HttpServer receiver() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/webhook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String alertId = exchange.getRequestHeaders().getFirst("X-CareOps-Alert-Id");
            String timestamp = exchange.getRequestHeaders().getFirst("X-CareOps-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-CareOps-Signature");
            if (signature == null || !signature.equals("sha256=" + hmac(timestamp + "." + body))) {
                UNSIGNED.incrementAndGet();
            }
            DELIVERIES.computeIfAbsent(String.valueOf(alertId), id -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    static void awaitReady(Process process, int port, String name) throws Exception {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("compliance instance " + name + " exited before it was ready; see its log");
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    say("compliance instance " + name + " ready");
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("compliance instance " + name + " not ready within " + READY_WITHIN);
    }

    static HttpResponse<String> post(String url, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(DELIVERED_WITHIN)
                .header("Authorization", "Bearer " + token);
        if (!json.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A bearer token signed with the DEV-ONLY key pair, with the claims deploy/local/token.sh puts in one. */
    static String token(Path repo, String role) throws Exception {
        Path keyFile = repo.resolve("deploy/local/dev-keys/dev-only-private.pem");
        String pem = Files.readString(keyFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = ("{\"iss\":\"%s\",\"sub\":\"drill-%s\",\"upn\":\"drill-%s@careops.invalid\",\"groups\":[\"%s\"],"
                + "\"care_homes\":[\"*\"],\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}")
                .formatted(ISSUER, role, role, role, now, now + 3600, UUID.randomUUID());
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.UTF_8));
        return input + "." + url.encodeToString(rsa.sign());
    }

    static String hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static int number(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void say(String message) {
        System.out.printf("[alert-job-drill %5.1fs] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
    }

    static void fail(String message) {
        throw new IllegalStateException(message);
    }
}
