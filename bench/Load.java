import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A timed mixed load on the scheduling service, for bench/memory.sh and the AOT training run
 * (deploy/local/train-aot.sh): GET a shift by id (8 in 10), a unit-year list of shifts (1 in 10)
 * and a shift created (1 in 10), round robin, from --concurrency clients for --seconds. A
 * measurement aid, not a test: it never fails on a figure. Loopback only, always bounded in time.
 *
 *   java bench/Load.java --url http://127.0.0.1:8081 --shift ID --unit ID [--seconds 60] [--concurrency 8]
 *
 * Run from the repository root (it takes an admin token from deploy/local/token.sh, DEV-ONLY key).
 * The scenario benchmarks on the demo data are scheduling-service/bench/Benchmark.java and
 * compliance-service/bench/Benchmark.java.
 */
public class Load {

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8081");
        String shift = option(args, "--shift", null);
        String unit = option(args, "--unit", null);
        if (shift == null || unit == null) {
            System.err.println("usage: java bench/Load.java --url URL --shift ID --unit ID [--seconds 60] [--concurrency 8]");
            System.exit(2);
        }
        int seconds = Integer.parseInt(option(args, "--seconds", "60"));
        int concurrency = Integer.parseInt(option(args, "--concurrency", "8"));
        String token = devToken("benchmark");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int i = done.getAndIncrement();
                    HttpRequest.Builder request = switch (i % 10) {
                        case 0 -> HttpRequest.newBuilder(URI.create(url + "/api/v1/shifts?size=100&unitId=" + unit
                                + "&from=2030-01-01&to=2030-12-31")).GET();
                        case 1 -> HttpRequest.newBuilder(URI.create(url + "/api/v1/shifts"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                        {"unitId": "%s", "date": "%s", "startTime": "08:00", "endTime": "20:00", "notes": "load"}
                                        """.formatted(unit, LocalDate.of(2031, 1, 1).plusDays(i % 3650))));
                        default -> HttpRequest.newBuilder(URI.create(url + "/api/v1/shifts/" + shift)).GET();
                    };
                    int status;
                    try {
                        status = http.send(request.header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception failure) {
                        status = 599;
                    }
                    if (status >= 300) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.printf("load: %d requests in %d s (%.0f req/s), %d failed%n", done.get(), seconds,
                done.get() / (double) seconds, failures.get());
    }

    /** An admin token for every home from deploy/local/token.sh (DEV-ONLY key), valid for 2 hours. */
    private static String devToken(String subject) throws Exception {
        Process process = new ProcessBuilder("deploy/local/token.sh", "admin", "*", "--ttl", "7200", "--sub", subject)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        if (process.waitFor() != 0 || token.isEmpty()) {
            throw new IllegalStateException("deploy/local/token.sh failed: run from the repository root");
        }
        return token;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
