import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput and latency of the scheduling service's busiest reads and its main write, on the
 * demo data set (deploy/local/DemoData.java). A measurement, not a test: it never fails on a
 * figure. Every run is bounded: a fixed number of requests per scenario, from loopback only.
 *
 * Usage (from the repository root, with deploy/local/run.sh --demo-data running):
 *   java scheduling-service/bench/Benchmark.java [--url http://localhost:8081] [--requests 400]
 *        [--concurrency 4] [--today YYYY-MM-DD] [--week YYYY-MM-DD] [--month YYYY-MM]
 *        [--set all|reads|working-time|rota-health] [--only TEXT]
 * The demo data runs from the Monday 10 weeks before the week of the day it was loaded to 8 weeks
 * after that week. The defaults follow it: --today is today in Europe/London (give the day the data
 * was loaded when that was another day), --week its week's Monday, --month its month. The
 * working-time set judges the largest home over 4, 8 and 17 weeks from the first day of the data,
 * the whole group over 17 weeks, and rota health for the largest home over the 4 weeks from the
 * 4th week, one request at a time. The rota-health set times rota health of the largest home over
 * 1, 4 and 8 weeks from the 4th week (and of one unit over 4), and its history over 1, 4 and 8
 * weeks, one request at a time. --only runs just the scenarios whose name contains TEXT.
 * These two sets time a twentieth of --requests per scenario, at least 10 (the group's report half
 * that), after as many warm-up requests (at most 50): --requests 2000 times 100 of each; column n says.
 */
public class Benchmark {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;
    /** Only the scenarios whose name contains this (--only), or all. */
    private String only = "";

    private Benchmark(String url, String token) {
        this.url = url;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8081");
        int requests = Integer.parseInt(option(args, "--requests", "400"));
        int concurrency = Integer.parseInt(option(args, "--concurrency", "4"));
        LocalDate today = LocalDate.parse(option(args, "--today", LocalDate.now(ZoneId.of("Europe/London")).toString()));
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate week = LocalDate.parse(option(args, "--week", thisMonday.toString()));
        String month = option(args, "--month", YearMonth.from(today).toString());
        // The first day of the demo data (deploy/local/DemoData.java windowStart).
        LocalDate dataStart = thisMonday.minusWeeks(10);
        Benchmark bench = new Benchmark(url, devToken());
        bench.only = option(args, "--only", "");

        List<String> homes = bench.ids("/api/v1/care-homes?size=100");
        List<String> units = new ArrayList<>();
        for (String home : homes) {
            units.addAll(bench.ids("/api/v1/units?size=100&careHomeId=" + home));
        }
        if (units.isEmpty()) {
            throw new IllegalStateException("No units: load the demo data first (deploy/local/DemoData.java)");
        }
        LocalDate monthStart = LocalDate.parse(month + "-01");
        LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
        System.out.printf("%d homes, %d units; --requests %d (the working-time and rota-health scenarios take a"
                + " twentieth, at least 10: column n), %d concurrent, %d cores%n", homes.size(), units.size(), requests,
                concurrency, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-34s %5s %9s %9s %9s %9s%n", "scenario", "n", "req/s", "p50 ms", "p99 ms", "max ms");

        String set = option(args, "--set", "all");
        if (set.equals("rota-health")) {
            bench.rotaHealth(homes, Math.max(10, requests / 20), dataStart);
            return;
        }
        if (!set.equals("reads")) {
            bench.workingTime(homes, Math.max(10, requests / 20), dataStart);
        }
        if (set.equals("working-time")) {
            return;
        }
        bench.scenario("list a unit-week of shifts", requests, concurrency, i -> bench.get("/api/v1/shifts?size=100&unitId="
                + units.get(i % units.size()) + "&from=" + week + "&to=" + week.plusDays(6)));
        bench.scenario("list a home-month (first 100)", requests, concurrency, i -> bench.get("/api/v1/shifts?size=100"
                + "&careHomeId=" + homes.get(i % homes.size()) + "&from=" + monthStart + "&to=" + monthEnd));
        bench.scenario("rota view (unit-week)", requests, concurrency, i -> bench.get("/api/v1/rota?unitId="
                + units.get(i % units.size()) + "&weekStart=" + week));
        bench.scenario("overtime report (home-month)", Math.max(20, requests / 4), concurrency, i -> bench.get(
                "/api/v1/reports/overtime?careHomeId=" + homes.get(i % homes.size()) + "&from=" + monthStart
                        + "&to=" + monthEnd));
        // Open shifts on a far-off date: a real write through every rule, clashing with nothing.
        bench.scenario("create a shift", requests, concurrency, i -> bench.post("/api/v1/shifts", """
                {"unitId": "%s", "date": "%s", "startTime": "08:00", "endTime": "20:00", "notes": "benchmark"}
                """.formatted(units.get(i % units.size()), LocalDate.of(2030, 1, 1).plusDays(i % 365))));
    }

    /** The home with the most staff. */
    private String largest(List<String> homes) throws Exception {
        String largest = homes.get(0);
        long most = -1;
        for (String home : homes) {
            long staff = total("/api/v1/staff?size=1&careHomeId=" + home);
            if (staff > most) {
                most = staff;
                largest = home;
            }
        }
        System.out.printf("largest home %s: %d staff%n", largest, most);
        return largest;
    }

    /** Rota health and its history for the largest home, sequential: each latency is one request's. */
    private void rotaHealth(List<String> homes, int requests, LocalDate start) throws Exception {
        String home = largest(homes);
        String unit = ids("/api/v1/units?size=1&careHomeId=" + home).get(0);
        LocalDate month = start.plusWeeks(4);
        for (int weeks : new int[] {1, 4, 8}) {
            scenario("rota health, home, " + weeks + " wk", requests, 1, i -> get("/api/v1/rota-health?careHomeId="
                    + home + "&from=" + month + "&to=" + month.plusWeeks(weeks).minusDays(1)));
        }
        scenario("rota health, one unit, 4 wk", requests, 1, i -> get("/api/v1/rota-health?careHomeId=" + home
                + "&unitId=" + unit + "&from=" + month + "&to=" + month.plusWeeks(4).minusDays(1)));
        for (int weeks : new int[] {1, 4, 8}) {
            scenario("rota health history, " + weeks + " wk", requests, 1, i -> get(
                    "/api/v1/rota-health/history?careHomeId=" + home + "&weeks=" + weeks));
        }
    }

    /** Working-time reports and rota health, sequential so each latency is the server's time for one request. */
    private void workingTime(List<String> homes, int requests, LocalDate start) throws Exception {
        String home = largest(homes);
        for (int weeks : new int[] {4, 8, 17}) {
            scenario("working-time report, home, " + weeks + " wk", requests, 1, i -> get(
                    "/api/v1/working-time/report?careHomeId=" + home + "&from=" + start + "&to="
                            + start.plusWeeks(weeks).minusDays(1)));
        }
        scenario("working-time report, group, 17 wk", Math.max(5, requests / 2), 1, i -> get(
                "/api/v1/working-time/report?from=" + start + "&to=" + start.plusWeeks(17).minusDays(1)));
        LocalDate month = start.plusWeeks(4);
        scenario("rota health, home, 4 wk", requests, 1, i -> get("/api/v1/rota-health?careHomeId=" + home
                + "&from=" + month + "&to=" + month.plusWeeks(4).minusDays(1)));
    }

    private long total(String path) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = Pattern.compile("\"totalItems\":(\\d+)").matcher(body);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    private void scenario(String name, int requests, int concurrency, IntFunction<Integer> call) throws Exception {
        if (!name.contains(only)) {
            return;
        }
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
        System.out.printf("%-34s %5d %9.0f %9.1f %9.1f %9.1f%s%n", name, requests, requests / seconds, ms(latencies, 0.50),
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
        Process process = new ProcessBuilder("deploy/local/token.sh", "admin", "*", "--ttl", "7200", "--sub", "benchmark")
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
