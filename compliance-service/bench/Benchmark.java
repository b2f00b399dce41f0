import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput and latency of the compliance service's heavy reads on the demo data set
 * (deploy/local/DemoData.java: 2,688 staff, their mandatory certifications). A measurement, not a
 * test: it never fails on a figure. The dashboard and the training return read the home's staff
 * from the scheduling service (about 540 a home: 6 pages of 100) on every request.
 *
 * Usage (from the repository root, with deploy/local/run.sh --demo-data running):
 *   java compliance-service/bench/Benchmark.java [--url http://localhost:8083]
 *        [--scheduling-url http://localhost:8081] [--requests 100] [--concurrency 4] [--as-of YYYY-MM-DD]
 * --as-of defaults to today in Europe/London: the demo certifications are dated relative to the day
 * they were loaded, so give that day when it was another.
 */
public class Benchmark {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;

    private Benchmark(String url, String token) {
        this.url = url;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8083");
        String scheduling = option(args, "--scheduling-url", "http://localhost:8081");
        int requests = Integer.parseInt(option(args, "--requests", "100"));
        int concurrency = Integer.parseInt(option(args, "--concurrency", "4"));
        LocalDate asOf = LocalDate.parse(option(args, "--as-of", LocalDate.now(java.time.ZoneId.of("Europe/London")).toString()));
        String token = devToken();
        Benchmark bench = new Benchmark(url, token);
        Benchmark directory = new Benchmark(scheduling, token);

        List<String> homes = directory.ids("/api/v1/care-homes?size=100");
        List<List<String[]>> staffByHome = new ArrayList<>();
        int staffCount = 0;
        for (String home : homes) {
            List<String[]> staff = directory.staff(home);
            staffByHome.add(staff);
            staffCount += staff.size();
        }
        if (homes.isEmpty() || staffCount == 0) {
            throw new IllegalStateException("No staff: load the demo data first (deploy/local/DemoData.java)");
        }
        String certifications = bench.body("/api/v1/certifications?size=1");
        System.out.printf("%d homes, %d staff, certifications: %s; asOf %s; %d requests per scenario, %d concurrent, %d cores%n",
                homes.size(), staffCount, certifications.replaceAll(".*\"totalItems\":(\\d+).*", "$1"), asOf, requests,
                concurrency, Runtime.getRuntime().availableProcessors());
        System.out.println(bench.body("/api/v1/dashboard?careHomeId=" + homes.get(0) + "&asOf=" + asOf)
                .replaceAll(",\"trainingMatrix\".*", "}"));
        System.out.printf("%-34s %9s %9s %9s %9s%n", "scenario", "req/s", "p50 ms", "p99 ms", "max ms");

        List<String> homeBatches = new ArrayList<>();
        StringJoiner everyone = new StringJoiner(",", "{\"date\": \"" + asOf + "\", \"staff\": [", "]}");
        for (List<String[]> staff : staffByHome) {
            StringJoiner batch = new StringJoiner(",", "{\"date\": \"" + asOf + "\", \"staff\": [", "]}");
            for (String[] person : staff) {
                String entry = "{\"staffId\": \"" + person[0] + "\", \"roleCode\": " + (person[1] == null ? "null" : "\"" + person[1] + "\"") + "}";
                batch.add(entry);
                everyone.add(entry);
            }
            homeBatches.add(batch.toString());
        }
        String all = everyone.toString();

        bench.scenario("dashboard of a home", requests, concurrency, i -> bench.get("/api/v1/dashboard?careHomeId="
                + homes.get(i % homes.size()) + "&asOf=" + asOf));
        bench.scenario("training return of a home (CSV)", requests, concurrency, i -> bench.get(
                "/api/v1/reports/training?format=csv&careHomeId=" + homes.get(i % homes.size()) + "&asOf=" + asOf));
        bench.scenario("staff status, a home (~540)", requests, concurrency, i -> bench.post("/api/v1/staff-status",
                homeBatches.get(i % homeBatches.size())));
        bench.scenario("staff status, everyone (" + staffCount + ")", Math.max(20, requests / 2), concurrency,
                i -> bench.post("/api/v1/staff-status", all));
        bench.scenario("list expiring within 30 days", requests, concurrency, i -> bench.get(
                "/api/v1/certifications?size=100&expiringWithinDays=30&asOf=" + asOf + "&careHomeId=" + homes.get(i % homes.size())));
        bench.scenario("list expired", requests, concurrency, i -> bench.get(
                "/api/v1/certifications?size=100&status=EXPIRED&asOf=" + asOf + "&careHomeId=" + homes.get(i % homes.size())));
    }

    /** {id, roleCode} of a home's staff, from the scheduling service. */
    private List<String[]> staff(String home) throws Exception {
        List<String[]> staff = new ArrayList<>();
        Pattern item = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"[^{}]*?\"roleCode\":(null|\"([A-Z_]+)\")");
        for (int page = 0; ; page++) {
            Matcher matcher = item.matcher(body("/api/v1/staff?size=100&active=true&careHomeId=" + home + "&page=" + page));
            int found = 0;
            while (matcher.find()) {
                staff.add(new String[] {matcher.group(1), matcher.group(3)});
                found++;
            }
            if (found < 100) {
                return staff;
            }
        }
    }

    private String body(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void scenario(String name, int requests, int concurrency, IntFunction<Integer> call) throws Exception {
        for (int i = 0; i < Math.min(50, requests); i++) {
            call.apply(i); // warm-up: JIT, connection pool, PostgreSQL caches
        }
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long began = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    int status = call.apply(i + 1000);
                    latencies[i] = System.nanoTime() - start;
                    if (status >= 300) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf("%-34s %9.0f %9.1f %9.1f %9.1f%s%n", name, requests / seconds, ms(latencies, 0.50),
                ms(latencies, 0.99), latencies[requests - 1] / 1e6, failures.get() == 0 ? "" : "  FAILED: " + failures.get());
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private int get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).GET());
    }

    private int post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private int send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception failure) {
            return 599;
        }
    }

    private List<String> ids(String path) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"").matcher(body);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /** An admin token for every home from deploy/local/token.sh (DEV-ONLY key), valid for 2 hours. */
    private static String devToken() throws Exception {
        Process process = new ProcessBuilder("deploy/local/token.sh", "admin", "*", "--ttl", "7200", "--sub", "compliance-benchmark")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String token = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
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
