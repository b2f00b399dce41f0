import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a local run with a care group like the legacy one, through the scheduling API (so every
 * rule applies to the demo data too): 5 homes, 42 units, 2,688 staff, 2 agencies, and 18 weeks of
 * shifts with overtime, agency and open shifts. Then, through the compliance API (when it runs),
 * about 3,500 certifications of those staff: PVG for most, SSSC for many, one training course for
 * half, with issue dates spread so that on the demo dates some are valid, some expiring, some
 * expired and a few awaiting evidence. The same seed gives the same data.
 *
 * Usage: java deploy/local/DemoData.java [--url http://localhost:8081] [--seed 42] [--weeks 18]
 *        [--start YYYY-MM-DD (a Monday; default 2026-07-06)] [--compliance-url http://localhost:8083]
 *        (run from the repository root: it takes its token from deploy/local/token.sh)
 *
 * DEV-ONLY: its token is signed with the dev-only key pair in deploy/local/dev-keys.
 */
public class DemoData {

    private static final String[][] HOMES = {
            {"Orchard Grove", "ORCHARD_GROVE", "CS2023012345", "G12 8QQ", "OG"},
            {"Meadowburn", "MEADOWBURN", "CS2023012346", "G64 2BS", "MB"},
            {"Hawthorn House", "HAWTHORN_HOUSE", "CS2023012347", "G21 3AB", "HH"},
            {"Riverside", "RIVERSIDE", "CS2023012348", "G3 8DX", "RS"},
            {"Victoria Gardens", "VICTORIA_GARDENS", "CS2023012349", "G13 3BE", "VG"},
    };
    private static final String[] WINGS = {"ROSE", "LILY", "TULIP", "DAISY", "IRIS", "CROCUS", "HEATHER", "THISTLE", "BLUEBELL"};
    private static final int[] UNITS_PER_HOME = {9, 9, 8, 8, 8}; // 42 units
    /** Per unit: day seniors, day workers, day assistants, night seniors, night workers, night assistants: 64 people. */
    private static final String[] ROLE_MIX = {"SSCW:6", "SCW:18", "SCA:24", "SSCWN:3", "SCWN:5", "SCAN:8"};
    private static final String DAY_SENIOR = "6d1b6a52-2f0e-4d7c-9c0a-000000000001";
    private static final String DAY_ASSISTANT = "6d1b6a52-2f0e-4d7c-9c0a-000000000002";
    private static final String NIGHT_SENIOR = "6d1b6a52-2f0e-4d7c-9c0a-000000000003";
    private static final String NIGHT_ASSISTANT = "6d1b6a52-2f0e-4d7c-9c0a-000000000004";
    private static final String[] FIRST = {"Grace", "Iain", "Mhairi", "Callum", "Eilidh", "Fraser", "Isla", "Ruaridh",
            "Morag", "Euan", "Catriona", "Alasdair", "Kirsty", "Duncan", "Ailsa", "Hamish", "Shona", "Lachlan"};
    private static final String[] LAST = {"MacDonald", "Campbell", "Stewart", "Robertson", "Thomson", "Anderson",
            "MacLeod", "Murray", "Reid", "Paterson", "Fraser", "Ross", "Morrison", "Hamilton", "Graham", "Kerr"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;
    private final Random random;

    private DemoData(String url, String token, long seed) {
        this.url = url;
        this.token = token;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8081");
        long seed = Long.parseLong(option(args, "--seed", "42"));
        int weeks = Integer.parseInt(option(args, "--weeks", "18"));
        // A fixed default keeps the data the same whatever day it is loaded (and matches the benchmark).
        LocalDate start = LocalDate.parse(option(args, "--start", "2026-07-06"));
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("--start must be a Monday");
        }
        String token = devToken();
        DemoData demo = new DemoData(url, token, seed);
        demo.run(start, weeks);
        // A random stream of its own, so the certifications never change the scheduling data.
        new DemoCertifications(demo, option(args, "--compliance-url", "http://localhost:8083"), seed).run();
    }

    /**
     * Certifications of the demo staff, through the compliance API (which checks each person with
     * the scheduling service). Skipped when compliance is not running or already has certifications.
     */
    private static final class DemoCertifications {
        private static final String[] TRAINING = {"FIRE_SAFETY", "MANUAL_HANDLING", "INFECTION_CONTROL", "SAFEGUARDING",
                "MEDICATION", "FIRST_AID"};
        private final DemoData demo;
        private final String url;
        private final Random random;

        DemoCertifications(DemoData demo, String url, long seed) {
            this.demo = demo;
            this.url = url;
            this.random = new Random(seed + 1);
        }

        void run() throws Exception {
            String existing;
            try {
                existing = demo.get(url, "/api/v1/certifications?size=1");
            } catch (java.io.IOException notRunning) {
                System.out.println("Compliance service not reachable at " + url + ": no demo certifications");
                return;
            }
            if (!existing.contains("\"totalItems\":0")) {
                System.out.println("Demo certifications are already loaded (or compliance answered " + existing.length()
                        + " characters); reset with deploy/local/run.sh --reset");
                return;
            }
            long began = System.nanoTime();
            List<String[]> staff = demo.allStaff();
            int count = 0;
            for (String[] person : staff) { // id, staffNumber, careHomeId
                // PVG: 5 years; issued from mid-2021, so the earliest lapse during the demo weeks.
                if (random.nextInt(100) < 80) {
                    count += certify(person, "PVG", LocalDate.of(2021, 7, 1).plusDays(random.nextInt(1800)), random.nextInt(100) < 3);
                }
                if (random.nextInt(100) < 35) {
                    count += certify(person, "SSSC", LocalDate.of(2021, 8, 1).plusDays(random.nextInt(1780)), false);
                }
                // Yearly training, issued over the year before the demo start: it lapses during the demo weeks.
                if (random.nextInt(100) < 50) {
                    count += certify(person, TRAINING[random.nextInt(TRAINING.length)],
                            LocalDate.of(2025, 7, 1).plusDays(random.nextInt(365)), random.nextInt(100) < 3);
                }
            }
            System.out.printf("Loaded %d certifications of %d staff into compliance in %.0f s%n", count, staff.size(),
                    (System.nanoTime() - began) / 1e9);
        }

        private int certify(String[] person, String type, LocalDate issued, boolean awaitingEvidence) throws Exception {
            demo.post(url, "/api/v1/certifications", """
                    {"careHomeId": "%s", "staffId": "%s", "staffNumber": "%s", "certificationType": "%s",
                     "issueDate": "%s", "issuingBody": "Demo", "awaitingEvidence": %s}
                    """.formatted(person[2], person[0], person[1], type, issued, awaitingEvidence));
            return 1;
        }
    }

    /** Every staff member of every home, as {id, staffNumber, careHomeId}, by staff number. */
    private List<String[]> allStaff() throws Exception {
        List<String[]> staff = new ArrayList<>();
        Matcher homes = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"").matcher(get("/api/v1/care-homes?size=100"));
        List<String> homeIds = new ArrayList<>();
        while (homes.find()) {
            homeIds.add(homes.group(1));
        }
        Pattern item = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"staffNumber\":\"(\\d{6})\"");
        for (String home : homeIds) {
            for (int page = 0; ; page++) {
                String json = get("/api/v1/staff?size=100&careHomeId=" + home + "&page=" + page);
                Matcher matcher = item.matcher(json);
                int found = 0;
                while (matcher.find()) {
                    staff.add(new String[] {matcher.group(1), matcher.group(2), home});
                    found++;
                }
                if (found < 100) {
                    break;
                }
            }
        }
        staff.sort(java.util.Comparator.comparing(person -> person[1]));
        return staff;
    }

    private void run(LocalDate start, int weeks) throws Exception {
        if (get("/api/v1/care-homes?size=100").contains("\"ORCHARD_GROVE\"")) {
            System.out.println("Demo data is already loaded (ORCHARD_GROVE exists); reset with deploy/local/run.sh --reset");
            return;
        }
        long began = System.nanoTime();
        List<String> agencies = List.of(
                id(post("/api/v1/agency-companies", "{\"name\": \"Clydeside Care Staffing\", \"contactPerson\": \"J. Moffat\", "
                        + "\"dayHourlyRate\": 24.50, \"nightHourlyRate\": 27.00}")),
                id(post("/api/v1/agency-companies", "{\"name\": \"Forth Valley Nursing Bank\", \"contactPerson\": \"A. Reid\", "
                        + "\"dayHourlyRate\": 26.00, \"nightHourlyRate\": 29.50}")));
        int staffNumber = 100000;
        int units = 0;
        int staff = 0;
        int shifts = 0;
        for (int h = 0; h < HOMES.length; h++) {
            String[] home = HOMES[h];
            String homeId = id(post("/api/v1/care-homes", """
                    {"name": "%s", "code": "%s", "serviceNumber": "%s", "bedCapacity": %d, "occupancy": %d,
                     "address": "1 %s Road, Glasgow", "postcode": "%s"}
                    """.formatted(home[0], home[1], home[2], 60 + 5 * h, 50 + 4 * h, home[0], home[3])));
            for (int u = 0; u < UNITS_PER_HOME[h]; u++) {
                String unitId = id(post("/api/v1/units", """
                        {"careHomeId": "%s", "name": "%s_%s", "description": "%s Wing", "minDayStaff": 3,
                         "minNightStaff": 2, "minWeekendStaff": 3, "idealDayStaff": 4, "idealNightStaff": 3}
                        """.formatted(homeId, home[4], WINGS[u], WINGS[u].charAt(0) + WINGS[u].substring(1).toLowerCase())));
                units++;
                Pools pools = new Pools();
                for (String mix : ROLE_MIX) {
                    String role = mix.split(":")[0];
                    int count = Integer.parseInt(mix.split(":")[1]);
                    for (int i = 0; i < count; i++) {
                        String staffId = id(post("/api/v1/staff", """
                                {"staffNumber": "%06d", "firstName": "%s", "lastName": "%s", "roleCode": "%s",
                                 "careHomeId": "%s", "homeUnitId": "%s", "team": "%s", "contractedHoursPerWeek": %s,
                                 "hourlyRate": %s, "nightWorker": %s, "employmentStart": "2019-04-01"}
                                """.formatted(++staffNumber, pick(FIRST), pick(LAST), role, homeId, unitId,
                                "ABC".charAt(i % 3), random.nextInt(4) == 0 ? "24.0" : "37.5",
                                role.startsWith("SSCW") ? "15.20" : role.startsWith("SCW") ? "13.10" : "12.40",
                                role.endsWith("N"))));
                        pools.add(role, staffId);
                        staff++;
                    }
                }
                for (int week = 0; week < weeks; week++) {
                    shifts += planWeek(unitId, start.plusWeeks(week), pools, agencies);
                }
                System.out.printf("%s_%s: 64 staff, %d shifts so far (%.0f s)%n", home[4], WINGS[u], shifts,
                        (System.nanoTime() - began) / 1e9);
            }
        }
        System.out.printf("Loaded %d homes, %d units, %d staff, 2 agencies, %d shifts from %s for %d weeks in %.0f s%n",
                HOMES.length, units, staff, shifts, start, weeks, (System.nanoTime() - began) / 1e9);
    }

    /** People of one unit by role; each day draws different people, so no one is double-booked. */
    private static final class Pools {
        final List<String> daySeniors = new ArrayList<>();
        final List<String> dayWorkers = new ArrayList<>();
        final List<String> dayAssistants = new ArrayList<>();
        final List<String> nightSeniors = new ArrayList<>();
        final List<String> nightAssistants = new ArrayList<>();

        void add(String role, String id) {
            switch (role) {
                case "SSCW" -> daySeniors.add(id);
                case "SCW" -> dayWorkers.add(id);
                case "SCA" -> dayAssistants.add(id);
                case "SSCWN", "SCWN" -> nightSeniors.add(id);
                default -> nightAssistants.add(id);
            }
        }
    }

    /** A unit's week in one all-or-nothing request: 4 day shifts and 3 night shifts a day. */
    private int planWeek(String unitId, LocalDate monday, Pools pools, List<String> agencies) throws Exception {
        StringJoiner items = new StringJoiner(",", "{\"shifts\": [", "]}");
        int count = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            int n = (int) date.toEpochDay();
            items.add(shift(unitId, date, DAY_SENIOR, rotate(pools.daySeniors, n, 0), agencies));
            items.add(shift(unitId, date, DAY_SENIOR, rotate(pools.dayWorkers, n, 0), agencies));
            items.add(shift(unitId, date, DAY_ASSISTANT, rotate(pools.dayAssistants, n, 0), agencies));
            items.add(shift(unitId, date, DAY_ASSISTANT, rotate(pools.dayAssistants, n, 1), agencies));
            items.add(shift(unitId, date, NIGHT_SENIOR, rotate(pools.nightSeniors, n, 0), agencies));
            items.add(shift(unitId, date, NIGHT_ASSISTANT, rotate(pools.nightAssistants, n, 0), agencies));
            items.add(shift(unitId, date, NIGHT_ASSISTANT, rotate(pools.nightAssistants, n, 1), agencies));
            count += 7;
        }
        post("/api/v1/shifts/bulk", items.toString());
        return count;
    }

    /** Different people on consecutive days: the pool is walked in steps, two slots apart within a day. */
    private static String rotate(List<String> pool, int day, int slot) {
        return pool.get(Math.floorMod(day * 2 + slot, pool.size()));
    }

    /** Mostly regular; about 5% overtime, 3% agency, 2% left open. */
    private String shift(String unitId, LocalDate date, String type, String staffId, List<String> agencies) {
        int roll = random.nextInt(100);
        String base = "{\"unitId\": \"%s\", \"date\": \"%s\", \"shiftTypeId\": \"%s\"".formatted(unitId, date, type);
        if (roll < 2) {
            return base + "}";
        }
        if (roll < 5) {
            return base + ", \"classification\": \"AGENCY\", \"agencyCompanyId\": \"%s\", \"agencyWorkerName\": \"%s %s\"}"
                    .formatted(agencies.get(roll % 2), pick(FIRST), pick(LAST));
        }
        String classification = roll < 10 ? "OVERTIME" : "REGULAR";
        return base + ", \"staffId\": \"%s\", \"classification\": \"%s\"}".formatted(staffId, classification);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String post(String path, String json) throws Exception {
        return post(url, path, json);
    }

    private String post(String base, String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String get(String path) throws Exception {
        return get(url, path);
    }

    private String get(String base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String id(String json) {
        Matcher matcher = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return matcher.group(1);
    }

    /** An admin token for every home from deploy/local/token.sh (DEV-ONLY key), valid for 2 hours. */
    private static String devToken() throws Exception {
        Process process = new ProcessBuilder("deploy/local/token.sh", "admin", "*", "--ttl", "7200", "--sub", "demo-data")
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
