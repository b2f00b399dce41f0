package io.careops.platform.test.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.careops.platform.test.Tokens;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Fault drill: PostgreSQL restarted under write load. A service's test subclasses this with
 * {@code @QuarkusTest @TestProfile(RestartablePostgresProfile.class)} and says how to create one
 * record; the drill then, while {@value #WRITERS} clients keep creating records:
 * <ol>
 * <li>cuts every database connection ({@code pg_terminate_backend}: 57P01, the server stays up)
 * while requests wait on a lock of {@link #table()}, so some are cut in the middle of a transaction;</li>
 * <li>stops PostgreSQL (fast shutdown: 57P01 to every connection, requests in flight included),
 * keeps it down for {@link #OUTAGE}, and starts it again on the same data directory and port.</li>
 * </ol>
 * It holds the service to:
 * <ul>
 * <li>every write it acknowledged (201) is there afterwards (GET of its Location answers 200);</li>
 * <li>every request that failed answered 503 {@code unavailable} problem JSON with {@code Retry-After};
 * nothing answered 500 or anything else, and every request got an answer;</li>
 * <li>readiness went DOWN while PostgreSQL was down and UP once it was back;</li>
 * <li>writes succeed again within {@link #RECOVERY_TARGET} of PostgreSQL accepting connections.</li>
 * </ul>
 * The figures are printed on a line starting {@code DRILL postgres-restart}.
 */
public abstract class PostgresRestartDrill {

    /** The target for requests to succeed again once PostgreSQL is back (issue 11). */
    public static final Duration RECOVERY_TARGET = Duration.ofSeconds(5);
    static final int WRITERS = 4;
    static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    /** The collection a record is created in, e.g. {@code /api/v1/care-homes}; it answers 201 + Location. */
    protected abstract String collectionPath();

    /** The JSON body of the {@code n}-th record; values the service keeps unique must differ by {@code n}. */
    protected abstract String newRecord(int n);

    /** The table a create writes to; the drill locks it to catch requests in the middle of a transaction. */
    protected abstract String table();

    /** A token allowed to create and read those records. */
    protected String token() {
        return Tokens.allHomes("admin");
    }

    private record Outcome(long sentAt, long answeredAt, int status, String retryAfter, String contentType,
            String body, String location, String error) {

        boolean acknowledged() {
            return status == 201 && location != null;
        }

        boolean unavailable() {
            return status == 503 && retryAfter != null && contentType != null
                    && contentType.startsWith("application/problem+json") && body.contains("/problems/unavailable");
        }

        @Override
        public String toString() {
            return error != null ? "no answer: " + error
                    : status + " Retry-After=" + retryAfter + " " + contentType + " " + body;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final long origin = System.nanoTime();

    private long now() {
        return (System.nanoTime() - origin) / 1_000_000;
    }

    private String base() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void acknowledgedWritesSurviveAPostgresRestartAndTheOutageAnswers503NeverA500() throws Exception {
        RestartablePostgres postgres = RestartablePostgres.current();
        String datasource = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        assertTrue(datasource.contains("localhost:" + postgres.port() + "/"),
                "the application must use the drill's own PostgreSQL, not the shared one: " + datasource);
        String token = token();
        assertEquals(201, send(token, 0).status, "a first write before the drill");

        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> readiness = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger serial = new AtomicInteger(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            threads.add(started("drill-writer-" + i, () -> {
                while (running.get()) {
                    Outcome outcome = send(token, serial.getAndIncrement());
                    outcomes.add(outcome);
                    pause(outcome.acknowledged() ? 10 : 50);
                }
            }));
        }
        threads.add(started("drill-readiness", () -> {
            while (running.get()) {
                long sent = now();
                readiness.add(new long[] {sent, ready(), now()});
                pause(100);
            }
        }));

        long restartedAt;
        long back;
        long stopped;
        RestartablePostgres.Cut cut;
        long cutAt;
        try {
            pause(1500);
            cutAt = now();
            cut = postgres.cutRequestsInFlight(table(), Duration.ofMillis(1500));
            pause(1500);
            restartedAt = now();
            postgres.stop();
            stopped = now();
            pause(OUTAGE.toMillis());
            postgres.start();
            back = now();
            long deadline = back + GIVE_UP.toMillis();
            while (firstAcknowledgedAfter(outcomes, back).isEmpty() && now() < deadline) {
                pause(50);
            }
            pause(1500);
        } finally {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            if (!postgres.running()) {
                postgres.start();
            }
        }

        List<Outcome> all = List.copyOf(outcomes);
        List<Outcome> acknowledged = all.stream().filter(Outcome::acknowledged).toList();
        List<Outcome> unavailable = all.stream().filter(Outcome::unavailable).toList();
        List<Outcome> wrong = all.stream().filter(outcome -> !outcome.acknowledged() && !outcome.unavailable()).toList();
        long found = acknowledged.stream().filter(outcome -> read(token, outcome.location) == 200).count();
        Optional<Outcome> recovered = firstAcknowledgedAfter(outcomes, back);
        long recovery = recovered.map(outcome -> outcome.answeredAt - back).orElse(-1L);
        // A probe asked once the stop was asked and before PostgreSQL was back (a probe can take seconds on a loaded machine).
        boolean downWhileStopped = readiness.stream().anyMatch(probe -> probe[0] >= restartedAt && probe[0] < back && probe[1] == 503);
        Optional<long[]> upAgain = readiness.stream().filter(probe -> probe[0] >= back && probe[1] == 200).findFirst();

        System.out.printf("DRILL postgres-restart [%s]: requests %d; writes acknowledged %d, found afterwards %d; "
                + "answered 503 with Retry-After %d; other answers %d; connections cut %d (%d of them mid-request); PostgreSQL stop took %d ms, "
                + "down %d ms; writes succeed again %d ms after PostgreSQL is back (target %d ms); readiness DOWN "
                + "while stopped: %s, UP %d ms after it is back%n",
                getClass().getSimpleName(), all.size(), acknowledged.size(), found, unavailable.size(), wrong.size(), cut.terminated(), cut.waiting(),
                stopped - restartedAt, back - stopped, recovery, RECOVERY_TARGET.toMillis(), downWhileStopped,
                upAgain.map(probe -> probe[2] - back).orElse(-1L));

        System.out.printf("DRILL postgres-restart [%s] timeline (ms): cut at %d, stop asked %d, stopped %d, back %d; "
                + "readiness probes (sent/status/answered): %s%n", getClass().getSimpleName(), cutAt, restartedAt, stopped, back,
                readiness.stream().map(probe -> probe[0] + "/" + probe[1] + "/" + probe[2]).collect(Collectors.joining(" ")));
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " requests answered neither 201 nor 503 problem JSON with Retry-After, e.g.:\n"
                    + wrong.stream().limit(5).map(Outcome::toString).collect(Collectors.joining("\n")));
        }
        assertEquals(acknowledged.size(), found, "every acknowledged write is still there");
        assertTrue(cut.waiting() > 0, "requests were cut in the middle of a transaction");
        assertTrue(unavailable.size() > 0, "the drill reached the outage: some requests answered 503");
        assertTrue(acknowledged.stream().anyMatch(outcome -> outcome.answeredAt < restartedAt),
                "writes were acknowledged before the restart");
        assertTrue(recovered.isPresent(), "writes succeed again after PostgreSQL is back");
        assertTrue(recovery <= RECOVERY_TARGET.toMillis(),
                "writes succeed again within " + RECOVERY_TARGET + " of PostgreSQL being back, took " + recovery + " ms");
        assertTrue(downWhileStopped, "readiness answered 503 (DOWN) while PostgreSQL was stopped");
        assertTrue(upAgain.isPresent(), "readiness answered 200 (UP) after PostgreSQL was back");
    }

    private static Optional<Outcome> firstAcknowledgedAfter(ConcurrentLinkedQueue<Outcome> outcomes, long back) {
        return outcomes.stream().filter(outcome -> outcome.sentAt >= back && outcome.acknowledged())
                .min((a, b) -> Long.compare(a.answeredAt, b.answeredAt));
    }

    private Outcome send(String token, int n) {
        long sent = now();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + collectionPath())).timeout(Duration.ofSeconds(40))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(newRecord(n))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(sent, now(), response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null), response.body(),
                    response.headers().firstValue("Location").orElse(null), null);
        } catch (IOException failure) {
            return new Outcome(sent, now(), 0, null, null, "", null, failure.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(sent, now(), 0, null, null, "", null, "interrupted");
        }
    }

    private int read(String token, String location) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failure) {
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private int ready() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")).timeout(Duration.ofSeconds(30))
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failure) {
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static Thread started(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
