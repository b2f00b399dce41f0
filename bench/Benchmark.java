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
 * The one benchmark harness of CareOps: throughput and latency of the services' busiest requests on
 * the demo data set (deploy/local/DemoData.java), and a timed mixed load for the memory benchmark
 * (bench/memory.sh). A measurement, not a test: it never fails on a figure. Every run is bounded: a
 * fixed number of requests per scenario (or seconds of load), from loopback only.
 *
 * Usage (from the repository root, with deploy/local/run.sh --demo-data running; the defaults fall
 * inside the demo data, which starts on 2026-07-06):
 *   java bench/Benchmark.java scheduling [--url http://localhost:8081] [--requests 400]
 *        [--concurrency 4] [--week 2026-08-03] [--month 2026-08] [--set all|reads|working-time]
 *   java bench/Benchmark.java compliance [--url http://localhost:8083]
 *        [--scheduling-url http://localhost:8081] [--requests 100] [--concurrency 4] [--as-of 2026-08-03]
 *   java bench/Benchmark.java load --url http://localhost:8081 --shift ID --unit ID [--seconds 60] [--concurrency 8]
 *
 * scheduling: the working-time set judges the largest home over 4, 8 and 17 weeks from 2026-07-06,
 * the whole group over 17 weeks, and rota health for the largest home over 4 weeks, one request at a
 * time; the reads set lists shifts, the rota view, the overtime report, and creates shifts.
 * compliance: the dashboard and the training return read the home's staff from the scheduling
 * service (about 540 a home: 6 pages of 100) on every request; batch staff status; certification lists.
 * load: GET a shift by id, a unit-week of shifts, and a shift created, in turn, for --seconds.
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
        String suite = args.length == 0 ? "" : args[0];
        switch (suite) {
            case "scheduling" -> scheduling(args);
            case "compliance" -> compliance(args);
            case "load" -> load(args);
            default -> {
                System.err.println("usage: java bench/Benchmark.java scheduling|compliance|load [options] (see the comment at the top)");
                System.exit(2);
            }
        }
    }

    /** A mixed load for --seconds: reads by id, a unit-week list, and a write, round robin. */
    private static void load(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8081");
        String shift = option(args, "--shift", null);
        String unit = option(args, "--unit", null);
        int seconds = Integer.parseInt(option(args, "--seconds", "60"));
        int concurrency = Integer.parseInt(option(args, "--concurrency", "8"));
        Benchmark bench = new Benchmark(url, devToken("benchmark"));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int i = done.getAndIncrement();
                    int status = switch (i % 10) {
                        case 0 -> bench.get("/api/v1/shifts?size=100&unitId=" + unit + "&from=2030-01-01&to=2030-12-31");
                        case 1 -> bench.post("/api/v1/shifts", """
                                {"unitId": "%s", "date": "%s", "startTime": "08:00", "endTime": "20:00", "notes": "load"}
                                """.formatted(unit, LocalDate.of(2031, 1, 1).plusDays(i % 3650)));
                        default -> bench.get("/api/v1/shifts/" + shift);
                    };
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

    private static void scheduling(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8081");
        int requests = Integer.parseInt(option(args, "--requests", "400"));
        int concurrency = Integer.parseInt(option(args, "--concurrency", "4"));
        LocalDate week = LocalDate.parse(option(args, "--week", "2026-08-03"));
        String month = option(args, "--month", "2026-08");
        Benchmark bench = new Benchmark(url, devToken("benchmark"));

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
        System.out.printf("%d homes, %d units; %d requests per scenario, %d concurrent, %d cores%n", homes.size(),
                units.size(), requests, concurrency, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-34s %9s %9s %9s %9s%n", "scenario", "req/s", "p50 ms", "p99 ms", "max ms");

        String set = option(args, "--set", "all");
        if (!set.equals("reads")) {
            bench.workingTime(homes, Math.max(10, requests / 20));
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

    /** Working-time reports and rota health, sequential so each latency is the server's time for one request. */
    private void workingTime(List<String> homes, int requests) throws Exception {
        String largest = homes.get(0);
        long most = -1;
        for (String home : homes) {
            long staff = total("/api/v1/staff?size=1&careHomeId=" + home);
            if (staff > most) {
                most = staff;
                largest = home;
            }
        }
        String home = largest;
        LocalDate start = LocalDate.of(2026, 7, 6);
        System.out.printf("largest home %s: %d staff%n", home, most);
        for (int weeks : new int[] {4, 8, 17}) {
            scenario("working-time report, home, " + weeks + " wk", requests, 1, i -> get(
                    "/api/v1/working-time/report?careHomeId=" + home + "&from=" + start + "&to="
                            + start.plusWeeks(weeks).minusDays(1)));
        }
        scenario("working-time report, group, 17 wk", Math.max(5, requests / 2), 1, i -> get(
                "/api/v1/working-time/report?from=" + start + "&to=" + start.plusWeeks(17).minusDays(1)));
        LocalDate month = LocalDate.of(2026, 8, 3);
        scenario("rota health, home, 4 wk", requests, 1, i -> get("/api/v1/rota-health?careHomeId=" + home
                + "&from=" + month + "&to=" + month.plusWeeks(4).minusDays(1)));
    }

    private static void compliance(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8083");
        String scheduling = option(args, "--scheduling-url", "http://localhost:8081");
        int requests = Integer.parseInt(option(args, "--requests", "100"));
        int concurrency = Integer.parseInt(option(args, "--concurrency", "4"));
        LocalDate asOf = LocalDate.parse(option(args, "--as-of", "2026-08-03"));
        String token = devToken("compliance-benchmark");
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

    private long total(String path) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = Pattern.compile("\"totalItems\":(\\d+)").matcher(body);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
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

    private String body(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** An admin token for every home from deploy/local/token.sh (DEV-ONLY key), valid for 2 hours. */
    private static String devToken(String subject) throws Exception {
        Process process = new ProcessBuilder("deploy/local/token.sh", "admin", "*", "--ttl", "7200", "--sub", subject)
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
