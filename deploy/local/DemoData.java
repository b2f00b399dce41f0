import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a local run with a care group like the legacy one, through the services' APIs (so every
 * rule applies to the demo data too), on dates relative to today (Europe/London): the past 10
 * weeks, the current week and the next 8.
 *
 * <ul>
 * <li>Scheduling: 5 homes, 42 units, 2,688 staff, 2 agencies; 7 shifts a unit a day (4 day, 3
 * night) on the seeded shift types, which get their unpaid breaks (an hour on a day, 30 minutes on
 * a night or the admin day), each shift with its break; annual leave (approved, and some
 * future requests still waiting), sickness, training days and a maternity leave per home; leave is
 * covered by overtime from the few people who take extra shifts (so overtime is uneven), by agency
 * staff, or left open. The whole rota is planned today, so the future weeks are published ahead.
 * <li>Compliance (when it runs): each person's critical certifications that their role requires
 * (or, with --certifications all, every mandatory one), most valid, some expiring within their
 * alert window, a few expired, some awaiting evidence, a few missing.
 * <li>Incident safety (when it runs): incidents of the past 10 weeks in every state, root cause
 * analyses in every state, safety action plans in every state (some overdue) and one plan carried
 * over from the legacy system with its CAPA number as an alias.
 * </ul>
 *
 * The same seed and the same today give the same data. It goes in through the services' bulk
 * endpoints, each all or nothing under the same rules as one record at a time: the staff 200 a
 * request (POST /staff/bulk), the leave 200 a request (POST /absences/bulk, then approved with POST
 * /absences/decisions), each unit's rota in requests of --weeks-per-request weeks (POST
 * /shifts/bulk), and each unit's certifications in one POST /certifications/bulk as soon as that
 * unit's rota is planned (so they load beside the other units' rotas). Those requests go out in
 * parallel (--concurrency); the incidents load beside the rota, in order, since they number records
 * (incident and plan references). 573 requests for the whole group (more than half of them the
 * incidents'), where one record a request took about 5,600. How long it takes: the README, "How
 * long it takes to load" (under 60 s is not yet measured on a quiet machine: session 9 cut the CPU
 * of a whole load by about a quarter, 177 to 130 CPU-s, measured on a busy machine).
 *
 * Usage (from the repository root: it takes its token from deploy/local/token.sh). Run it with C1
 * only and the serial GC, as run.sh --demo-data does: the loader is a short client, and C2 compiling
 * it cost it 13.5 CPU-s where it needs 6 without:
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC deploy/local/DemoData.java
 *        [--url http://localhost:8081] [--compliance-url http://localhost:8083]
 *        [--incident-url http://localhost:8082] [--seed 42] [--today YYYY-MM-DD] [--concurrency 6]
 *        [--homes 1-5 (default 5)] [--certifications critical|all (default critical)]
 *        [--weeks-per-request 1-10 (default 10)]
 * --today only moves the dates of the data; the services still judge "not in the future" and
 * "overdue" by their own clock, so give the day the data is loaded (the default) unless it is
 * to reproduce an earlier load's dates for comparison.
 *
 * DEV-ONLY: its token is signed with the dev-only key pair in deploy/local/dev-keys.
 */
public class DemoData {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int PAST_WEEKS = 10;
    static final int FUTURE_WEEKS = 8;
    /** Staff a POST /staff/bulk, absences a POST /absences/bulk (each at most 500). */
    static final int STAFF_PER_REQUEST = 200;
    static final int ABSENCES_PER_REQUEST = 200;

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
    private static final String[] FIRST = {"Grace", "Iain", "Mhairi", "Callum", "Eilidh", "Fraser", "Isla", "Ruaridh",
            "Morag", "Euan", "Catriona", "Alasdair", "Kirsty", "Duncan", "Ailsa", "Hamish", "Shona", "Lachlan"};
    private static final String[] LAST = {"MacDonald", "Campbell", "Stewart", "Robertson", "Thomson", "Anderson",
            "MacLeod", "Murray", "Reid", "Paterson", "Fraser", "Ross", "Morrison", "Hamilton", "Graham", "Kerr"};

    /**
     * The seeded shift types (scheduling's V2 migration) and the unpaid break each shift of that
     * type records: an hour on a 12.5 h day, 30 minutes on a night (staff stay on the floor). A
     * pool draws its people for its slots on each day.
     */
    enum Slot {
        DAY_SENIOR_SSCW("6d1b6a52-2f0e-4d7c-9c0a-000000000001", 60, false, 0),
        DAY_SENIOR_SCW("6d1b6a52-2f0e-4d7c-9c0a-000000000001", 60, false, 1),
        DAY_ASSISTANT_1("6d1b6a52-2f0e-4d7c-9c0a-000000000002", 60, false, 2),
        DAY_ASSISTANT_2("6d1b6a52-2f0e-4d7c-9c0a-000000000002", 60, false, 2),
        NIGHT_SENIOR("6d1b6a52-2f0e-4d7c-9c0a-000000000003", 30, true, 3),
        NIGHT_ASSISTANT_1("6d1b6a52-2f0e-4d7c-9c0a-000000000004", 30, true, 4),
        NIGHT_ASSISTANT_2("6d1b6a52-2f0e-4d7c-9c0a-000000000004", 30, true, 4);

        final String shiftTypeId;
        final int unpaidBreakMinutes;
        final boolean night;
        final int pool;

        Slot(String shiftTypeId, int unpaidBreakMinutes, boolean night, int pool) {
            this.shiftTypeId = shiftTypeId;
            this.unpaidBreakMinutes = unpaidBreakMinutes;
            this.night = night;
            this.pool = pool;
        }
    }

    /** Pool of a role: 0 day seniors (SSCW), 1 day workers (SCW), 2 day assistants, 3 night seniors and workers, 4 night assistants. */
    private static int poolOf(String role) {
        return switch (role) {
            case "SSCW" -> 0;
            case "SCW" -> 1;
            case "SCA" -> 2;
            case "SSCWN", "SCWN" -> 3;
            default -> 4;
        };
    }

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final String url;
    final String token;
    final long seed;
    final LocalDate today;
    final LocalDate start;
    final int days;
    final ExecutorService pool;

    final int homes;
    /** Weeks of a unit's rota a POST /shifts/bulk (49 shifts a week; at most 500 shifts a request). */
    final int weeksPerRequest;

    private DemoData(String url, String token, long seed, LocalDate today, int concurrency, int homes,
            int weeksPerRequest) {
        this.homes = homes;
        this.weeksPerRequest = weeksPerRequest;
        this.url = url;
        this.token = token;
        this.seed = seed;
        this.today = today;
        this.start = windowStart(today);
        this.days = (PAST_WEEKS + 1 + FUTURE_WEEKS) * 7;
        this.pool = Executors.newFixedThreadPool(concurrency);
    }

    /** The first day of the demo data: the Monday 10 weeks before the Monday of today's week. */
    static LocalDate windowStart(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(PAST_WEEKS);
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8081");
        long seed = Long.parseLong(option(args, "--seed", "42"));
        LocalDate today = LocalDate.parse(option(args, "--today", LocalDate.now(LONDON).toString()));
        int homes = Integer.parseInt(option(args, "--homes", "5"));
        if (homes < 1 || homes > HOMES.length) {
            throw new IllegalArgumentException("--homes must be 1 to " + HOMES.length);
        }
        int concurrency = Integer.parseInt(option(args, "--concurrency", "6"));
        int weeksPerRequest = Integer.parseInt(option(args, "--weeks-per-request", "10"));
        if (weeksPerRequest < 1 || weeksPerRequest * 7 * Slot.values().length > 500) {
            throw new IllegalArgumentException("--weeks-per-request must be 1 to " + 500 / (7 * Slot.values().length));
        }
        DemoData demo = new DemoData(url, devToken(), seed, today, concurrency, homes, weeksPerRequest);
        long began = System.nanoTime();
        try {
            Group group = demo.scheduling();
            if (group == null) {
                return;
            }
            // Once the staff exist, the incidents load beside the rota: they need the homes, units
            // and people, not the shifts (a few hundred requests, in order: they number records).
            ExecutorService side = Executors.newSingleThreadExecutor();
            Future<Void> incidents = side.submit(() -> {
                new DemoIncidents(demo, option(args, "--incident-url", "http://localhost:8082"), group).run();
                return null;
            });
            // Certifications go in unit by unit as each unit's rota is planned (see loadUnit).
            DemoCertifications certifications = new DemoCertifications(demo, option(args, "--compliance-url",
                    "http://localhost:8083"), group, option(args, "--certifications", "critical").equals("all"));
            try {
                demo.rota(group, began, certifications.prepare() ? certifications : null);
                incidents.get();
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof Exception e ? e : failed;
            } finally {
                side.shutdownNow();
            }
            System.out.printf("Demo data loaded in %.1f s (%d requests)%n", (System.nanoTime() - began) / 1e9,
                    demo.requests.get());
        } finally {
            demo.pool.shutdownNow();
        }
    }

    // --- The group ------------------------------------------------------------------------------

    static final class Person {
        final int unit;
        final String role;
        final String staffNumber;
        final String firstName;
        final String lastName;
        final boolean partTime;
        /** Takes extra shifts when asked: the few who do most of the overtime. */
        final boolean takesOvertime;
        String id;
        /** Days (from the window start) away on leave that blocks shifts, and days worked. */
        final BitSet away = new BitSet();
        final BitSet working = new BitSet();

        Person(int unit, String role, String staffNumber, String firstName, String lastName, boolean partTime,
                boolean takesOvertime) {
            this.unit = unit;
            this.role = role;
            this.staffNumber = staffNumber;
            this.firstName = firstName;
            this.lastName = lastName;
            this.partTime = partTime;
            this.takesOvertime = takesOvertime;
        }

        String name() {
            return firstName + " " + lastName;
        }
    }

    static final class Unit {
        final int home;
        final String name;
        String id;
        final List<List<Person>> pools = new ArrayList<>();

        Unit(int home, String name) {
            this.home = home;
            this.name = name;
            for (int p = 0; p < 5; p++) {
                pools.add(new ArrayList<>());
            }
        }
    }

    static final class Group {
        final List<String> homeIds = new ArrayList<>();
        final List<Unit> units = new ArrayList<>();
        final List<Person> staff = new ArrayList<>();
        final List<String> agencies = new ArrayList<>();
    }

    /** The homes, units, staff and agencies; null when the demo data is already loaded. */
    private Group scheduling() throws Exception {
        if (get(url, "/api/v1/care-homes?size=100").contains("\"ORCHARD_GROVE\"")) {
            System.out.println("Demo data is already loaded (ORCHARD_GROVE exists); reset with deploy/local/run.sh --reset");
            return null;
        }
        long began = System.nanoTime();
        Group group = new Group();
        List<String> agencies = List.of(
                id(post(url, "/api/v1/agency-companies", "{\"name\": \"Clydeside Care Staffing\", \"contactPerson\": \"J. Moffat\", "
                        + "\"dayHourlyRate\": 24.50, \"nightHourlyRate\": 27.00}")),
                id(post(url, "/api/v1/agency-companies", "{\"name\": \"Forth Valley Nursing Bank\", \"contactPerson\": \"A. Reid\", "
                        + "\"dayHourlyRate\": 26.00, \"nightHourlyRate\": 29.50}")));
        // The seeded shift types carry no break (a fresh install has not said what its homes do);
        // the demo group's types get the breaks its shifts record: an hour on a day, 30 minutes on
        // a night and on the 8-hour admin day (reg 12: 20 minutes past 6 hours).
        Map<String, Integer> breaks = new java.util.LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            breaks.put(slot.shiftTypeId, slot.unpaidBreakMinutes);
        }
        breaks.put("6d1b6a52-2f0e-4d7c-9c0a-000000000005", 30);
        for (Map.Entry<String, Integer> type : breaks.entrySet()) {
            patch(url, "/api/v1/shift-types/" + type.getKey(), "{\"unpaidBreakMinutes\": " + type.getValue() + "}");
        }
        Random people = new Random(seed);
        int staffNumber = 100000;
        for (int h = 0; h < homes; h++) {
            String[] home = HOMES[h];
            group.homeIds.add(id(post(url, "/api/v1/care-homes", """
                    {"name": "%s", "code": "%s", "serviceNumber": "%s", "bedCapacity": %d, "occupancy": %d,
                     "address": "1 %s Road, Glasgow", "postcode": "%s"}
                    """.formatted(home[0], home[1], home[2], 60 + 5 * h, 50 + 4 * h, home[0], home[3]))));
            for (int u = 0; u < UNITS_PER_HOME[h]; u++) {
                Unit unit = new Unit(h, home[4] + "_" + WINGS[u]);
                int unitIndex = group.units.size();
                group.units.add(unit);
                for (String mix : ROLE_MIX) {
                    String role = mix.split(":")[0];
                    int count = Integer.parseInt(mix.split(":")[1]);
                    for (int i = 0; i < count; i++) {
                        Person person = new Person(unitIndex, role, "%06d".formatted(++staffNumber), pick(people, FIRST),
                                pick(people, LAST), people.nextInt(4) == 0, people.nextInt(100) < 12);
                        unit.pools.get(poolOf(role)).add(person);
                        group.staff.add(person);
                    }
                }
            }
        }
        parallel(group.units, unit -> unit.id = id(post(url, "/api/v1/units", """
                {"careHomeId": "%s", "name": "%s", "description": "%s Wing", "minDayStaff": 3,
                 "minNightStaff": 2, "minWeekendStaff": 3, "idealDayStaff": 4, "idealNightStaff": 3}
                """.formatted(group.homeIds.get(unit.home), unit.name, wing(unit.name)))));
        // Hired a few hundred a request (POST /staff/bulk, all or nothing, under the one-at-a-time
        // rules); the answer lists the new records in request order.
        List<List<Person>> hires = new ArrayList<>();
        for (int from = 0; from < group.staff.size(); from += STAFF_PER_REQUEST) {
            hires.add(group.staff.subList(from, Math.min(group.staff.size(), from + STAFF_PER_REQUEST)));
        }
        parallel(hires, batch -> {
            StringJoiner entries = new StringJoiner(",", "{\"staff\": [", "]}");
            for (Person person : batch) {
                Unit unit = group.units.get(person.unit);
                entries.add("""
                        {"staffNumber": "%s", "firstName": "%s", "lastName": "%s", "roleCode": "%s",
                         "careHomeId": "%s", "homeUnitId": "%s", "team": "%s", "contractedHoursPerWeek": %s,
                         "hourlyRate": %s, "nightWorker": %s, "employmentStart": "2019-04-01"}
                        """.formatted(person.staffNumber, person.firstName, person.lastName, person.role,
                        group.homeIds.get(unit.home), unit.id, "ABC".charAt(Integer.parseInt(person.staffNumber) % 3),
                        person.partTime ? "24.0" : "37.5",
                        person.role.startsWith("SSCW") ? "15.20" : person.role.startsWith("SCW") ? "13.10" : "12.40",
                        person.role.endsWith("N")));
            }
            List<String> ids = ids(post(url, "/api/v1/staff/bulk", entries.toString()));
            if (ids.size() != batch.size()) {
                throw new IllegalStateException(ids.size() + " staff ids for " + batch.size() + " hired");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).id = ids.get(i);
            }
        });
        group.agencies.addAll(agencies);
        System.out.printf("%d homes, %d units, %d staff, 2 agencies (%.1f s)%n", homes, group.units.size(),
                group.staff.size(), seconds(began));
        return group;
    }

    /** Leave and the rota of every unit: what scheduling checks shift by shift. */
    private void rota(Group group, long began, DemoCertifications certifications) throws Exception {
        List<String> agencies = group.agencies;
        List<String[]> leave = leave(group);
        int[] approvedAndWaiting = new int[2];
        // Recorded a few hundred a request (POST /absences/bulk: each REQUESTED, under the one-at-a-time
        // rules), then approved up to 200 a request (POST /absences/decisions, all or nothing).
        List<List<String[]>> batches = new ArrayList<>();
        for (int from = 0; from < leave.size(); from += ABSENCES_PER_REQUEST) {
            batches.add(leave.subList(from, Math.min(leave.size(), from + ABSENCES_PER_REQUEST)));
        }
        List<String> toApprove = java.util.Collections.synchronizedList(new ArrayList<>());
        parallel(batches, batch -> {
            StringJoiner entries = new StringJoiner(",", "{\"absences\": [", "]}");
            batch.forEach(absence -> entries.add(absence[1]));
            List<String> ids = ids(post(url, "/api/v1/absences/bulk", entries.toString()));
            if (ids.size() != batch.size()) {
                throw new IllegalStateException(ids.size() + " absence ids for " + batch.size() + " recorded");
            }
            for (int i = 0; i < batch.size(); i++) {
                if (batch.get(i)[0].equals("APPROVED")) {
                    toApprove.add(ids.get(i));
                }
            }
        });
        List<String> decisions = new ArrayList<>();
        for (int from = 0; from < toApprove.size(); from += 200) {
            decisions.add("{\"absenceIds\": [\"" + String.join("\", \"", toApprove.subList(from,
                    Math.min(toApprove.size(), from + 200))) + "\"], \"state\": \"APPROVED\"}");
        }
        parallel(decisions, body -> post(url, "/api/v1/absences/decisions", body, 200));
        for (String[] absence : leave) {
            approvedAndWaiting[absence[0].equals("REQUESTED") ? 1 : 0]++;
        }
        System.out.printf("%d absences (%d waiting for a decision) (%.1f s)%n", leave.size(), approvedAndWaiting[1],
                seconds(began));

        int[] counts = new int[4]; // shifts, overtime, agency, open
        List<List<List<String>>> rotas = new ArrayList<>();
        for (int u = 0; u < group.units.size(); u++) {
            rotas.add(rota(group.units.get(u), u, agencies, counts));
        }
        // Ten weeks a request by default (490 shifts, of the 500 a request takes): each request is
        // checked in one go (everyone's shifts and leave read in two queries, and the working-time
        // check reads each person's record once a request, so fewer requests read it fewer times:
        // 10 weeks took 13-20% less CPU than 5, README). A request is all or nothing, so one that
        // fails with a server error (on a loaded machine: the service's 60 s transaction timeout)
        // saved nothing and is sent again as two halves.
        parallel(java.util.stream.IntStream.range(0, rotas.size()).boxed().toList(), u -> {
            List<List<String>> weeks = rotas.get(u);
            for (int w = 0; w < weeks.size(); w += weeksPerRequest) {
                planWeeks(weeks.subList(w, Math.min(weeks.size(), w + weeksPerRequest)));
            }
            if (certifications != null) {
                certifications.loadUnit(u);
            }
        });
        System.out.printf("%d shifts from %s to %s (%d overtime, %d agency, %d open) (%.1f s)%n", counts[0], start,
                start.plusDays(days - 1), counts[1], counts[2], counts[3], seconds(began));
        if (certifications != null) {
            certifications.report();
        }
    }

    private static String wing(String unitName) {
        String wing = unitName.substring(unitName.indexOf('_') + 1);
        return wing.charAt(0) + wing.substring(1).toLowerCase();
    }

    /**
     * Every absence as {state, request body}; each person's blocking days are marked. Annual leave
     * in whole weeks (a third of staff take one or two weeks in the window; future leave is mostly
     * approved, a quarter still requested), short sickness in the past, single training days, and
     * one person per home on maternity leave through the whole window.
     */
    private List<String[]> leave(Group group) {
        Random random = new Random(seed + 2);
        List<String[]> absences = new ArrayList<>();
        int weeks = days / 7;
        int currentWeek = PAST_WEEKS;
        for (Person person : group.staff) {
            int roll = random.nextInt(100);
            if (roll < 35) {
                int week = random.nextInt(weeks);
                int length = random.nextInt(10) < 7 ? 7 : 14;
                int first = week * 7;
                int last = Math.min(days - 1, first + length - 1);
                String state = week > currentWeek && random.nextInt(4) == 0 ? "REQUESTED" : "APPROVED";
                absences.add(absence(person, "ANNUAL_LEAVE", first, last, state, "Annual leave"));
            } else if (roll < 42) {
                int first = random.nextInt(PAST_WEEKS * 7 - 5);
                absences.add(absence(person, "SICKNESS", first, first + 1 + random.nextInt(4), "APPROVED", "Sickness absence"));
            } else if (roll < 46) {
                int day = random.nextInt(days);
                absences.add(absence(person, "TRAINING", day, day, "APPROVED", "Moving and handling refresher"));
            }
        }
        for (int h = 0; h < homes; h++) {
            for (Person person : group.staff) {
                if (group.units.get(person.unit).home == h && person.role.equals("SCA") && person.away.isEmpty()) {
                    absences.add(absence(person, "MATERNITY_LEAVE", -90, days + 120, "APPROVED", "Maternity leave"));
                    break;
                }
            }
        }
        return absences;
    }

    private String[] absence(Person person, String type, int first, int last, String state, String notes) {
        // Requested leave blocks the rota too, so that a manager can approve it in the demo.
        person.away.set(Math.max(0, first), Math.min(days, last + 1));
        return new String[] {state, """
                {"staffId": "%s", "type": "%s", "firstDay": "%s", "lastDay": "%s", "notes": "%s"}
                """.formatted(person.id, type, start.plusDays(first), start.plusDays(last), notes)};
    }

    private void planWeeks(List<List<String>> weeks) throws Exception {
        StringJoiner items = new StringJoiner(",", "{\"shifts\": [", "]}");
        weeks.forEach(week -> week.forEach(items::add));
        try {
            post(url, "/api/v1/shifts/bulk", items.toString());
        } catch (HttpFailure failure) {
            if (failure.status < 500 || weeks.size() == 1) {
                throw failure;
            }
            System.out.printf("a bulk request of %d weeks answered %d; sending it as two%n", weeks.size(), failure.status);
            planWeeks(weeks.subList(0, weeks.size() / 2));
            planWeeks(weeks.subList(weeks.size() / 2, weeks.size()));
        }
    }

    /**
     * A unit's rota over the window, a list of shifts (request items) per week. Each pool
     * is walked in turn, one person a slot, so people work every few days; a person away is
     * covered as overtime by a colleague of the same pool who takes extra shifts and is free that
     * day and the day before and after, else by an agency, else left open. Some shifts are also
     * left open or given to an agency outright, and some turn into overtime at short notice.
     */
    private List<List<String>> rota(Unit unit, int unitIndex, List<String> agencies, int[] counts) {
        Random random = new Random(seed * 1_000_003L + unitIndex);
        int epoch = (int) start.toEpochDay();
        List<String> shifts = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            int[] used = new int[5];
            for (Slot slot : Slot.values()) {
                List<Person> members = unit.pools.get(slot.pool);
                int perDay = slot.pool == 2 || slot.pool == 4 ? 2 : 1;
                Person rostered = members.get(Math.floorMod((epoch + d) * perDay + used[slot.pool]++, members.size()));
                LocalDate date = start.plusDays(d);
                String base = "{\"unitId\": \"%s\", \"date\": \"%s\", \"shiftTypeId\": \"%s\", \"unpaidBreakMinutes\": %d"
                        .formatted(unit.id, date, slot.shiftTypeId, slot.unpaidBreakMinutes);
                int roll = random.nextInt(100);
                boolean away = blocked(rostered, d, slot.night);
                Person worker = rostered;
                String classification = "REGULAR";
                if (away || roll < 4) { // away, or called off at short notice
                    worker = cover(members, perDay, d, slot.night, random);
                    classification = "OVERTIME";
                }
                if (worker == null || roll >= 96) {
                    counts[0]++;
                    if (random.nextInt(3) > 0) {
                        counts[2]++;
                        shifts.add(base + ", \"classification\": \"AGENCY\", \"agencyCompanyId\": \"%s\", \"agencyWorkerName\": \"%s %s\"}"
                                .formatted(agencies.get(random.nextInt(2)), pick(random, FIRST), pick(random, LAST)));
                    } else {
                        counts[3]++;
                        shifts.add(base + "}");
                    }
                    continue;
                }
                worker.working.set(d);
                counts[0]++;
                if (classification.equals("OVERTIME")) {
                    counts[1]++;
                }
                shifts.add(base + ", \"staffId\": \"%s\", \"classification\": \"%s\"}".formatted(worker.id, classification));
            }
        }
        List<List<String>> weeks = new ArrayList<>();
        int perWeek = 7 * Slot.values().length;
        for (int i = 0; i < shifts.size(); i += perWeek) {
            weeks.add(shifts.subList(i, Math.min(shifts.size(), i + perWeek)));
        }
        return weeks;
    }

    /** Away on day d, or (for a night) on the morning it ends. */
    private static boolean blocked(Person person, int d, boolean night) {
        return person.away.get(Math.max(0, d)) || night && person.away.get(d + 1);
    }

    /**
     * A colleague who takes extra shifts, is not away, works neither that day nor the days either
     * side (nor is walked to a slot of them), and has worked at most three days of that Monday-Sunday week; null when none is.
     */
    private Person cover(List<Person> members, int perDay, int d, boolean night, Random random) {
        int offset = random.nextInt(members.size());
        int weekStart = d - d % 7;
        for (int i = 0; i < members.size(); i++) {
            Person candidate = members.get((offset + i) % members.size());
            if (!candidate.takesOvertime || blocked(candidate, d, night) || candidate.working.get(d)
                    || d > 0 && candidate.working.get(d - 1) || candidate.working.get(d + 1)
                    || rostered(candidate, members, perDay, d) || rostered(candidate, members, perDay, d + 1)
                    || candidate.working.get(weekStart, weekStart + 7).cardinality() > 3) {
                continue;
            }
            return candidate;
        }
        return null;
    }

    /** Whether the walk of the pool gives this person a slot on day d (planned later in the loop). */
    private boolean rostered(Person person, List<Person> members, int perDay, int d) {
        if (d >= days) {
            return false;
        }
        int index = members.indexOf(person);
        for (int slot = 0; slot < perDay; slot++) {
            if (Math.floorMod(((int) start.toEpochDay() + d) * perDay + slot, members.size()) == index) {
                return true;
            }
        }
        return false;
    }

    // --- Compliance -------------------------------------------------------------------------------

    /**
     * Each person's certifications: of those mandatory for their role (PVG, SSSC, moving and
     * handling, fire safety, infection control and adult protection for every care role,
     * medication for workers and seniors, first aid for seniors), the critical ones (PVG, SSSC,
     * adult protection, medication, first aid: what rota health checks; about 9,600), or with
     * --certifications all every one (about 17,500, twice the load time). Expiry dates are drawn
     * so that on today about 90% are valid, 5% expiring within their 30-day window, 2% expired, 1%
     * awaiting evidence, and 2% are not held at all.
     */
    private static final class DemoCertifications {
        private static final Map<String, Integer> VALIDITY_MONTHS = Map.of("PVG", 60, "SSSC", 60, "MANUAL_HANDLING", 12,
                "FIRE_SAFETY", 12, "INFECTION_CONTROL", 12, "SAFEGUARDING", 12, "MEDICATION", 12, "FIRST_AID", 36);
        private static final Map<String, String> ISSUER = Map.of("PVG", "Disclosure Scotland", "SSSC",
                "Scottish Social Services Council", "FIRST_AID", "St Andrew's First Aid");
        private static final List<String> CRITICAL = List.of("PVG", "SSSC", "SAFEGUARDING", "MEDICATION", "FIRST_AID");
        private final DemoData demo;
        private final String url;
        private final Group group;
        private final boolean all;

        DemoCertifications(DemoData demo, String url, Group group, boolean all) {
            this.demo = demo;
            this.url = url;
            this.group = group;
            this.all = all;
        }

        static List<String> mandatory(String role) {
            List<String> types = new ArrayList<>(List.of("PVG", "SSSC", "MANUAL_HANDLING", "FIRE_SAFETY",
                    "INFECTION_CONTROL", "SAFEGUARDING"));
            if (!role.startsWith("SCA")) {
                types.add("MEDICATION");
            }
            if (role.startsWith("SSCW")) {
                types.add("FIRST_AID");
            }
            return types;
        }

        /** Each unit's certification entries (its staff's), once {@link #prepare} found compliance empty. */
        private final Map<Integer, List<String>> byUnit = new HashMap<>();
        private final int[] byStatus = new int[5]; // valid, expiring, expired, pending, missing
        private final java.util.concurrent.atomic.AtomicInteger recorded = new java.util.concurrent.atomic.AtomicInteger();
        private long began;

        /**
         * Draws every certification (one random stream, in staff order, so the data never depends
         * on the order units are planned in); false when compliance is not running or already has
         * certifications.
         */
        boolean prepare() throws Exception {
            String existing;
            try {
                existing = demo.get(url, "/api/v1/certifications?size=1");
            } catch (java.io.IOException notRunning) {
                System.out.println("Compliance service not reachable at " + url + ": no demo certifications");
                return false;
            }
            if (!existing.contains("\"totalItems\":0")) {
                System.out.println("Demo certifications are already loaded (or compliance answered " + existing.length()
                        + " characters); reset with deploy/local/run.sh --reset");
                return false;
            }
            began = System.nanoTime();
            Random random = new Random(demo.seed + 1);
            int number = 0;
            // A stream of its own, so the certifications never change the other data.
            for (Person person : group.staff) {
                for (String type : mandatory(person.role)) {
                    if (!all && !CRITICAL.contains(type)) {
                        continue;
                    }
                    int roll = random.nextInt(100);
                    int status = roll < 90 ? 0 : roll < 95 ? 1 : roll < 97 ? 2 : roll < 98 ? 3 : 4;
                    byStatus[status]++;
                    if (status == 4) {
                        continue;
                    }
                    int months = VALIDITY_MONTHS.get(type);
                    LocalDate expiry = switch (status) {
                        case 1 -> demo.today.plusDays(random.nextInt(31)); // within the 30-day window
                        case 2 -> demo.today.minusDays(1 + random.nextInt(90));
                        default -> demo.today.plusDays(31 + random.nextInt(months * 30 - 31));
                    };
                    byUnit.computeIfAbsent(person.unit, unit -> new ArrayList<>()).add("""
                            {"careHomeId": "%s", "staffId": "%s", "staffNumber": "%s", "certificationType": "%s",
                             "issueDate": "%s", "expiryDate": "%s", "issuingBody": "%s", "certificateNumber": "DEMO-%06d",
                             "awaitingEvidence": %s}
                            """.formatted(group.homeIds.get(group.units.get(person.unit).home), person.id,
                            person.staffNumber, type, expiry.minusMonths(months), expiry,
                            ISSUER.getOrDefault(type, "CareOps training team"), ++number, status == 3));
                }
            }
            return true;
        }

        /**
         * A unit's staff's certifications, in one POST /certifications/bulk (all or nothing; at most
         * about 430 with --certifications all): sent once the unit's rota is planned, since planning
         * asks compliance and an assignment on a day after a mandatory certification expired is
         * refused. A unit's rota names only its own staff (cover comes from the unit's pools), so
         * the other units' planning is not affected.
         */
        void loadUnit(int unit) throws Exception {
            List<String> bodies = byUnit.getOrDefault(unit, List.of());
            if (!bodies.isEmpty()) {
                demo.post(url, "/api/v1/certifications/bulk", "{\"certifications\": [" + String.join(",", bodies) + "]}");
                recorded.addAndGet(bodies.size());
            }
        }

        void report() {
            System.out.printf("%d certifications of %d staff (on %s: %d valid, %d expiring, %d expired, %d awaiting evidence;"
                    + " %d mandatory ones not held), each unit's once its rota was planned (%.1f s)%n",
                    recorded.get(), group.staff.size(), demo.today, byStatus[0], byStatus[1], byStatus[2], byStatus[3],
                    byStatus[4], seconds(began));
        }
    }

    // --- Incident safety --------------------------------------------------------------------------

    /**
     * Incidents over the past 10 weeks, 12 a home, with analyses and action plans in every state.
     * Sent in order, one at a time, so references (INC-, SAP-) come out the same on every load.
     */
    private static final class DemoIncidents {
        private static final String[][] KINDS = {
                // type, severity, risk, description, summary, lesson, action
                {"FALL_UNWITNESSED", "LOW_HARM", "MODERATE", "Resident found on the bedroom floor at the morning check; small bruise to the left hip.",
                        "Call bell out of reach after the night check; sensor mat switched off.",
                        "Check the call bell and the sensor mat at every night check, not only at bedtime.",
                        "Add the call bell and sensor mat to the night check sheet"},
                {"MED_ERROR_OMISSION", "NO_HARM", "MODERATE", "Evening dose of a prescribed antibiotic not given; found at the next round.",
                        "Medication round interrupted by a fall on the unit; no handover of the round.",
                        "An interrupted medication round is handed over in person, with the chart.",
                        "Protected medication round with a do-not-disturb tabard"},
                {"AGGRESSION_SERVICE_USER", "LOW_HARM", "HIGH", "Resident struck another resident in the lounge during the evening.",
                        "Distress signs noted in the care plan were not shared with agency staff.",
                        "Agency staff get the unit's distress-sign summary at the start of every shift.",
                        "One-page distress-sign summary in the shift handover"},
                {"PRESSURE_ULCER", "MODERATE_HARM", "HIGH", "Grade 2 pressure ulcer found on the sacrum of a resident at the weekly skin check.",
                        "Repositioning chart gaps at weekends; mattress setting not checked after a weight change.",
                        "Mattress settings are checked whenever a resident's weight changes.",
                        "Weekly mattress setting audit against the latest weights"},
                {"CHOKING", "MODERATE_HARM", "HIGH", "Resident choked at lunch on a normal-texture meal; back blows cleared the airway.",
                        "Speech and language therapy texture advice not on the kitchen's diet list.",
                        "Texture advice is copied to the kitchen the day it is given.",
                        "Diet list updated from the care plan by the senior on shift, daily"},
                {"NEAR_MISS", "NO_HARM", "LOW", "Wrong resident's tablets prepared; noticed before they were given.",
                        "Two residents with the same surname on one unit; photographs missing from the charts.",
                        "Every medication chart carries a current photograph.",
                        "Photograph audit of all medication charts"},
        };
        /** Plan states in the order the demo walks them through; every state appears. */
        private static final String[] PLAN_STATES = {"IDENTIFIED", "ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED",
                "NOT_EFFECTIVE", "CLOSED"};
        private static final String[] ANALYSIS_STATES = {"IN_PROGRESS", "UNDER_REVIEW", "REJECTED", "APPROVED", "APPROVED"};
        private static final String[] OWNERS = {"Morag Reid", "Iain Campbell", "Shona Ross", "Fraser Kerr", "Ailsa Murray"};
        private static final String[] LEADS = {"Catriona Stewart", "Duncan Graham", "Kirsty Paterson"};
        private final DemoData demo;
        private final String url;
        private final Group group;

        DemoIncidents(DemoData demo, String url, Group group) {
            this.demo = demo;
            this.url = url;
            this.group = group;
        }

        void run() throws Exception {
            try {
                demo.get(url, "/api/v1/incidents?size=1");
            } catch (java.io.IOException notRunning) {
                System.out.println("Incident-safety service not reachable at " + url + ": no demo incidents");
                return;
            }
            long began = System.nanoTime();
            Random random = new Random(demo.seed + 3);
            Map<String, Integer> plans = new HashMap<>();
            int incidents = 0;
            int analyses = 0;
            int planIndex = 0;
            int analysisIndex = 0;
            for (int h = 0; h < demo.homes; h++) {
                int home = h;
                List<Unit> homeUnits = group.units.stream().filter(unit -> unit.home == home).toList();
                for (int i = 0; i < 12; i++) {
                    Unit unit = homeUnits.get(random.nextInt(homeUnits.size()));
                    // The last of a home is a near miss, closed without investigation.
                    String[] kind = KINDS[i == 11 ? KINDS.length - 1 : random.nextInt(KINDS.length)];
                    // Spread over the past 10 weeks, newest last; the last two of a home are of the last few days.
                    int daysAgo = i >= 10 ? 1 + random.nextInt(3) : 70 - i * 7 - random.nextInt(5);
                    LocalDate occurred = demo.today.minusDays(daysAgo);
                    String incident = demo.post(url, "/api/v1/incidents", """
                            {"careHomeId": "%s", "unitId": "%s", "occurredOn": "%s", "occurredAt": "%02d:%02d",
                             "incidentType": "%s", "severity": "%s", "riskRating": "%s", "location": "Unit %s",
                             "description": "%s", "immediateActions": "Resident checked by the senior on shift; family informed.",
                             "investigationRequired": %s}
                            """.formatted(group.homeIds.get(h), unit.id, occurred, 7 + random.nextInt(14), random.nextInt(60),
                            kind[0], kind[1], kind[2], unit.name, kind[3], i < 10));
                    incidents++;
                    String incidentId = id(incident);
                    if (incident.contains("\"required\":true")) {
                        demo.post(url, "/api/v1/incidents/" + incidentId + "/notifications", """
                                {"authority": "CARE_INSPECTORATE", "notifiedAt": "%sT23:30:00Z", "reference": "CI-%s-%04d"}
                                """.formatted(occurred, occurred.getYear(), 100 + incidents), 201, 200);
                    }
                    if (i >= 10) {
                        if (i == 11) { // a minor one, closed without investigation
                            demo.post(url, "/api/v1/incidents/" + incidentId + "/transitions", "{\"to\": \"CLOSED\"}", 200);
                        }
                        continue; // reported this week: OPEN
                    }
                    String analysisState = ANALYSIS_STATES[analysisIndex++ % ANALYSIS_STATES.length];
                    String lead = LEADS[random.nextInt(LEADS.length)];
                    String analysisId = id(demo.post(url, "/api/v1/incidents/" + incidentId + "/analysis", """
                            {"method": "FIVE_WHYS", "leadInvestigator": "%s", "team": ["%s"], "startedOn": "%s",
                             "reviewDueOn": "%s", "fiveWhys": [{"answer": "%s", "causes": [{"answer": "%s"}]}],
                             "rootCauseSummary": "%s", "lessonsLearned": "%s", "recommendations": "%s"}
                            """.formatted(lead, OWNERS[random.nextInt(OWNERS.length)], occurred.plusDays(1),
                            occurred.plusDays(29), kind[4], "Not covered by the unit's checks.", kind[4], kind[5], kind[6])));
                    analyses++;
                    moveAnalysis(analysisId, analysisState);
                    // Plans answer the analyses that got as far as review; every state in turn.
                    if (analysisState.equals("IN_PROGRESS")) {
                        continue;
                    }
                    String state = PLAN_STATES[planIndex++ % PLAN_STATES.length];
                    String priority = i % 3 == 0 ? "HIGH" : "MEDIUM";
                    String planId = id(demo.post(url, "/api/v1/action-plans", """
                            {"incidentId": "%s", "analysisId": "%s", "actionType": "%s", "priority": "%s",
                             "actionStrength": "INTERMEDIATE", "problemStatement": "%s", "actionDescription": "%s",
                             "expectedOutcome": "No repeat of this incident on the unit", "identifiedOn": "%s"}
                            """.formatted(incidentId, analysisId, i % 2 == 0 ? "CORRECTIVE" : "PREVENTIVE", priority, kind[4],
                            kind[6], occurred.plusDays(3).isAfter(demo.today) ? demo.today : occurred.plusDays(3))));
                    movePlan(planId, state, OWNERS[random.nextInt(OWNERS.length)]);
                    plans.merge(state, 1, Integer::sum);
                    if (state.equals("CLOSED") && analysisState.equals("APPROVED")) {
                        demo.post(url, "/api/v1/incidents/" + incidentId + "/transitions", "{\"to\": \"CLOSED\"}", 200);
                    }
                }
            }
            // One plan carried over from the legacy system: it keeps CAPA-YYYY-NNN as an alias that
            // still resolves (GET /api/v1/action-plans/CAPA-...) and gets a SAP reference of its own.
            LocalDate identified = demo.start.plusDays(4);
            String legacyIncident = id(demo.post(url, "/api/v1/incidents", """
                    {"careHomeId": "%s", "unitId": "%s", "occurredOn": "%s", "occurredAt": "14:20",
                     "incidentType": "EQUIPMENT_FAILURE", "severity": "NO_HARM", "riskRating": "MODERATE",
                     "location": "Unit %s", "description": "Hoist sling frayed at the seam; taken out of use before a transfer."}
                    """.formatted(group.homeIds.get(0), group.units.get(0).id, identified.minusDays(2), group.units.get(0).name)));
            String alias = "CAPA-%d-%03d".formatted(identified.getYear(), 7);
            demo.post(url, "/api/v1/action-plans/legacy-imports", """
                    {"legacyReference": "%s", "status": "IN_PROGRESS", "incidentId": "%s", "actionType": "PREVENTIVE",
                     "priority": "LOW", "owner": "Morag Reid", "problemStatement": "Slings are not inspected between LOLER examinations.",
                     "actionDescription": "Monthly sling inspection by the moving and handling champion", "identifiedOn": "%s",
                     "percentComplete": 60}
                    """.formatted(alias, legacyIncident, identified));
            System.out.printf("%d incidents, %d analyses, %d action plans %s and one legacy plan %s (%.1f s)%n", incidents + 1,
                    analyses, plans.values().stream().mapToInt(Integer::intValue).sum(), plans, alias, seconds(began));
        }

        private void moveAnalysis(String id, String state) throws Exception {
            if (state.equals("IN_PROGRESS")) {
                return;
            }
            demo.post(url, "/api/v1/analyses/" + id + "/transitions", "{\"to\": \"UNDER_REVIEW\"}", 200);
            if (state.equals("APPROVED") || state.equals("REJECTED")) {
                demo.post(url, "/api/v1/analyses/" + id + "/transitions", "{\"to\": \"" + state + "\", \"note\": \""
                        + (state.equals("REJECTED") ? "Look again at staffing on the night: the rota was below minimum."
                        : "Agreed at the weekly governance meeting.") + "\"}", 200);
            }
        }

        private void movePlan(String ref, String state, String owner) throws Exception {
            String[] path = switch (state) {
                case "IDENTIFIED" -> new String[0];
                case "ASSIGNED" -> new String[] {"ASSIGNED"};
                case "IN_PROGRESS" -> new String[] {"ASSIGNED", "IN_PROGRESS"};
                case "COMPLETED" -> new String[] {"ASSIGNED", "IN_PROGRESS", "COMPLETED"};
                case "VERIFIED" -> new String[] {"ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED"};
                case "NOT_EFFECTIVE" -> new String[] {"ASSIGNED", "IN_PROGRESS", "COMPLETED", "NOT_EFFECTIVE"};
                default -> new String[] {"ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED", "CLOSED"};
            };
            for (String to : path) {
                if (to.equals("CLOSED")) {
                    demo.put(url, "/api/v1/action-plans/" + ref + "/effectiveness-review", """
                            {"reviewedOn": "%s", "effective": true, "notes": "No repeat since the change; audit clean."}
                            """.formatted(demo.today));
                }
                String note = switch (to) {
                    case "VERIFIED" -> "Checked on the unit: in place.";
                    case "NOT_EFFECTIVE" -> "Audit found the change not followed on night shifts.";
                    default -> null;
                };
                demo.post(url, "/api/v1/action-plans/" + ref + "/transitions", "{\"to\": \"%s\"%s%s}".formatted(to,
                        to.equals("ASSIGNED") ? ", \"owner\": \"" + owner + "\"" : "",
                        note == null ? "" : ", \"note\": \"" + note + "\""), 200, 201);
                if (to.equals("IN_PROGRESS") && state.equals("IN_PROGRESS")) {
                    demo.post(url, "/api/v1/action-plans/" + ref + "/progress",
                            "{\"percentComplete\": 40, \"note\": \"Half the unit's staff briefed.\"}", 201, 200);
                }
            }
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------

    interface Task<T> {
        void run(T item) throws Exception;
    }

    /** Runs the task for every item on the pool; the first failure fails the whole load. */
    <T> void parallel(List<T> items, Task<T> task) throws Exception {
        List<Future<Void>> futures = new ArrayList<>();
        for (T item : items) {
            Callable<Void> call = () -> {
                task.run(item);
                return null;
            };
            futures.add(pool.submit(call));
        }
        try {
            for (Future<Void> future : futures) {
                future.get();
            }
        } catch (ExecutionException failed) {
            futures.forEach(future -> future.cancel(true));
            throw failed.getCause() instanceof Exception e ? e : failed;
        }
    }

    String post(String base, String path, String json, int... expected) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(json)), path,
                expected.length == 0 ? new int[] {201} : expected);
    }

    String patch(String base, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method("PATCH", HttpRequest.BodyPublishers.ofString(json)),
                path, new int[] {200});
    }

    String put(String base, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(json)), path,
                new int[] {200, 204});
    }

    /** Requests sent, for the summary. */
    final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    private String send(HttpRequest.Builder request, String path, int[] expected) throws Exception {
        requests.incrementAndGet();
        HttpRequest built = request.header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120)).build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        // 503: a service this one asks did not answer in time (e.g. incident safety checking a unit
        // with a scheduling service busy planning), and nothing was recorded: try again shortly.
        for (int attempt = 1; response.statusCode() == 503 && attempt <= 5; attempt++) {
            Thread.sleep(1000L * attempt);
            requests.incrementAndGet();
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new HttpFailure(response.statusCode(), request.build().method() + " " + path + " answered "
                + response.statusCode() + ": " + response.body());
    }

    static final class HttpFailure extends IllegalStateException {
        final int status;

        HttpFailure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    String get(String base, String path) throws Exception {
        requests.incrementAndGet();
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The ids of the records of a bulk answer (an array of records, each with its id first), in order. */
    private static List<String> ids(String json) {
        Matcher matcher = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        List<String> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String id(String json) {
        Matcher matcher = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return matcher.group(1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
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
