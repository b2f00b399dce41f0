package io.careops.legacyimport;

import static io.careops.legacyimport.Scan.AGENCY;
import static io.careops.legacyimport.Scan.CAPA;
import static io.careops.legacyimport.Scan.CERT;
import static io.careops.legacyimport.Scan.HOME;
import static io.careops.legacyimport.Scan.INCIDENT;
import static io.careops.legacyimport.Scan.PLAN;
import static io.careops.legacyimport.Scan.RCA;
import static io.careops.legacyimport.Scan.ROLE;
import static io.careops.legacyimport.Scan.SHIFT;
import static io.careops.legacyimport.Scan.SHIFT_TYPE;
import static io.careops.legacyimport.Scan.UNIT;
import static io.careops.legacyimport.Scan.USER;

import com.fasterxml.jackson.databind.JsonNode;
import io.careops.legacyimport.Export.Entry;
import io.careops.legacyimport.Services.Service;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The import proper: one streaming pass over the export per dependency level (homes before units
 * before staff before shifts...), each model's records mapped to the services' import records and
 * posted in batches. Ids of records written earlier come back in the outcomes, so a later level
 * refers to them; a re-run gets the same ids back as UNCHANGED, which is how a run resumes.
 */
final class Importer {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");
    private static final Pattern PLAN_REFERENCE = Pattern.compile("(CAPA|HSAP|SAP)-\\d{4}-\\d{3,}");
    private static final Set<String> CERT_TYPES = Set.of("FIRST_AID", "MANUAL_HANDLING", "FIRE_SAFETY", "FOOD_HYGIENE",
            "MEDICATION", "SAFEGUARDING", "INFECTION_CONTROL", "DEMENTIA_CARE", "PALLIATIVE_CARE", "PVG", "SSSC", "OTHER");

    record UnitRef(String id, String homePk, String homeId) {
    }

    record TypeRef(String id, String code, LocalTime start, LocalTime end) {
    }

    record AgencyRef(String id, BigDecimal day, BigDecimal night) {
    }

    record UserRef(String id, String homePk, String homeId, String name, String roleCode, String unitId) {
    }

    record IncidentRef(String id, String homePk, String homeId) {
    }

    /** What one record contributes to the reconciliation, applied once its outcome is known. */
    record Figure(String home, String what, String legacyKey, String careopsKey, double legacyAmount, double careopsAmount) {
    }

    private final class Item {
        final String pk;
        final Map<String, Object> payload;
        final List<Figure> figures;
        final Consumer<JsonNode> created;

        Item(String pk, Map<String, Object> payload, List<Figure> figures, Consumer<JsonNode> created) {
            this.pk = pk;
            this.payload = payload;
            this.figures = figures;
            this.created = created;
        }
    }

    private final class Batch {
        final String model;
        final Service service;
        final String path;
        final List<Item> items = new ArrayList<>();

        Batch(String model, Service service, String path) {
            this.model = model;
            this.service = service;
            this.path = path;
        }

        void add(Item item) throws Exception {
            items.add(item);
            if (items.size() >= batchSize) {
                flush();
            }
        }

        void flush() throws Exception {
            if (items.isEmpty()) {
                return;
            }
            List<Map<String, Object>> payloads = items.stream().map(i -> i.payload).toList();
            JsonNode answer = services.post(service, path, payloads, dryRun);
            JsonNode outcomes = answer.path("outcomes");
            if (outcomes.size() != items.size()) {
                throw new Services.Refused(path + " answered " + outcomes.size() + " outcomes for " + items.size() + " records");
            }
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                JsonNode outcome = outcomes.get(i);
                String result = outcome.path("result").asText();
                String reason = outcome.path("reason").isNull() ? null : outcome.path("reason").asText(null);
                List<String> findings = new ArrayList<>();
                outcome.path("findings").forEach(f -> findings.add(f.asText()));
                report.outcome(model, item.pk, result, reason, findings);
                boolean skipped = "SKIPPED".equals(result);
                figures(item.figures, skipped ? reason : null);
                if (!skipped && item.created != null) {
                    item.created.accept(outcome);
                }
            }
            items.clear();
        }
    }

    private final Export export;
    private final Scan scan;
    private final Services services;
    private final Report report;
    private final Reconciliation reconciliation;
    private final boolean dryRun;
    private final LocalDate today;
    private final int batchSize;

    private final Map<String, String> roleNames = new HashMap<>();
    private final Map<String, String> roleCodes = new HashMap<>();
    private final Map<String, String> homeIds = new LinkedHashMap<>();
    private final Map<String, String> homeNames = new HashMap<>();
    private final Map<String, UnitRef> units = new HashMap<>();
    private final Map<String, TypeRef> types = new HashMap<>();
    private final Map<String, AgencyRef> agencies = new HashMap<>();
    private final Map<String, UserRef> users = new HashMap<>();
    private final Map<String, String> userSkips = new HashMap<>();
    private final Map<String, IncidentRef> incidents = new HashMap<>();
    private final Map<String, String> incidentSkips = new HashMap<>();
    private final Map<String, String> analyses = new HashMap<>();

    Importer(Export export, Scan scan, Services services, Report report, boolean dryRun, LocalDate today, int batchSize) {
        this.export = export;
        this.scan = scan;
        this.services = services;
        this.report = report;
        this.reconciliation = new Reconciliation();
        report.reconciliation = reconciliation;
        this.dryRun = dryRun;
        this.today = today;
        this.batchSize = batchSize;
    }

    Map<String, String> homeIds() {
        return homeIds;
    }

    Reconciliation reconciliation() {
        return reconciliation;
    }

    void run() throws Exception {
        pass(Map.of(ROLE, new Batch(ROLE, Service.SCHEDULING, "roles"), HOME, new Batch(HOME, Service.SCHEDULING, "care-homes"),
                SHIFT_TYPE, new Batch(SHIFT_TYPE, Service.SCHEDULING, "shift-types"),
                AGENCY, new Batch(AGENCY, Service.SCHEDULING, "agency-companies")), e -> true);
        pass(Map.of(UNIT, new Batch(UNIT, Service.SCHEDULING, "units")), e -> true);
        pass(Map.of(USER, new Batch(USER, Service.SCHEDULING, "staff")), e -> true);
        pass(Map.of(SHIFT, new Batch(SHIFT, Service.SCHEDULING, "shifts"), CERT, new Batch(CERT, Service.COMPLIANCE, "certifications"),
                INCIDENT, new Batch(INCIDENT, Service.INCIDENTS, "incidents")), e -> true);
        reviewWorkingTime();
        pass(Map.of(RCA, new Batch(RCA, Service.INCIDENTS, "analyses")), e -> true);
        // Plans that carry a SAP- number first, whatever their order in the file: their numbers are
        // reserved before any CAPA-/HSAP- plan is given a fresh one, so none collides.
        pass(Map.of(PLAN, new Batch(PLAN, Service.INCIDENTS, "action-plans"), CAPA, new Batch(CAPA, Service.INCIDENTS, "capas")),
                e -> sapReference(e));
        pass(Map.of(PLAN, new Batch(PLAN, Service.INCIDENTS, "action-plans"), CAPA, new Batch(CAPA, Service.INCIDENTS, "capas")),
                e -> !sapReference(e));
    }

    /**
     * Once every shift is in, scheduling judges each person's imported weeks against today's
     * working-time limits and flags the shifts of each violation (kept as they happened). Only
     * findings new to this run come back, so a re-run reports none twice. A dry run wrote no
     * shifts, so there is nothing to judge.
     */
    private void reviewWorkingTime() throws Exception {
        if (dryRun) {
            return;
        }
        for (int page = 0; ; page++) {
            JsonNode answer = services.post(Service.SCHEDULING, "working-time-review?size=200&page=" + page);
            for (JsonNode flag : answer.path("flagged")) {
                report.tally(SHIFT).flagged.add(new Report.Flag(flag.path("legacyPk").asText(), flag.path("finding").asText()));
            }
            if (answer.path("last").asBoolean(true)) {
                return;
            }
        }
    }

    private static boolean sapReference(Entry e) {
        String reference = e.nonBlank("reference_number");
        return reference != null && reference.startsWith("SAP-");
    }

    private interface Filter {
        boolean accept(Entry e);
    }

    private void pass(Map<String, Batch> batches, Filter filter) throws Exception {
        export.forEach(batches.keySet(), e -> {
            if (filter.accept(e)) {
                map(e, batches.get(e.model()));
            }
        });
        for (Batch batch : batches.values()) {
            batch.flush();
        }
    }

    private void map(Entry e, Batch batch) throws Exception {
        switch (e.model()) {
            case ROLE -> role(e, batch);
            case HOME -> home(e, batch);
            case SHIFT_TYPE -> shiftType(e, batch);
            case AGENCY -> agency(e, batch);
            case UNIT -> unit(e, batch);
            case USER -> user(e, batch);
            case SHIFT -> shift(e, batch);
            case CERT -> certification(e, batch);
            case INCIDENT -> incident(e, batch);
            case RCA -> analysis(e, batch);
            case PLAN, CAPA -> plan(e, batch);
            default -> throw new IllegalStateException(e.model());
        }
    }

    private void skip(Entry e, String reason, List<Figure> figures) {
        report.outcome(e.model(), e.pk(), "SKIPPED", reason, null);
        figures(figures, reason);
    }

    private void figures(List<Figure> figures, String skipReason) {
        for (Figure f : figures) {
            if (skipReason != null) {
                reconciliation.legacy(f.home(), f.what(), f.legacyKey(), f.legacyAmount());
                reconciliation.note(f.home(), f.what(), f.legacyKey(), "skipped: " + skipReason, f.legacyAmount());
                continue;
            }
            reconciliation.record(f.home(), f.what(), f.legacyKey(), f.careopsKey(), f.legacyAmount(), null);
            double extra = f.careopsAmount() - f.legacyAmount();
            if (Math.abs(extra) > 0.001) {
                reconciliation.expected(f.home(), f.what(), f.careopsKey(), extra);
                reconciliation.note(f.home(), f.what(), f.careopsKey(),
                        "clock change: a night across it lasts 11 or 13 hours in CareOps, 12 in the legacy", extra);
            }
        }
    }

    // --- organisation --------------------------------------------------------------------------

    private void role(Entry e, Batch batch) throws Exception {
        String name = e.nonBlank("name");
        if (name == null) {
            skip(e, "role without a name", List.of());
            return;
        }
        roleNames.put(e.pk(), name);
        Map<String, Object> p = record(e.pk());
        p.put("code", name);
        batch.add(new Item(e.pk(), p, List.of(), o -> roleCodes.put(e.pk(), o.path("code").asText())));
    }

    private void home(Entry e, Batch batch) throws Exception {
        List<String> findings = new ArrayList<>();
        String name = e.nonBlank("name");
        if (name == null) {
            skip(e, "care home without a name", List.of());
            return;
        }
        String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        if (code.length() > 30) {
            code = code.substring(0, 30);
        }
        Map<String, Object> p = record(e.pk());
        p.put("name", humanise(name));
        p.put("code", code);
        p.put("serviceNumber", orEmpty(e.nonBlank("care_inspectorate_id")));
        p.put("registrationNumber", e.nonBlank("registration_number"));
        p.put("bedCapacity", integer(e, "bed_capacity", 0, findings));
        p.put("occupancy", integer(e, "current_occupancy", 0, findings));
        p.put("address", orPlaceholder(e, "location_address", findings));
        p.put("postcode", orPlaceholder(e, "postcode", findings));
        p.put("phone", e.nonBlank("main_phone"));
        p.put("email", e.nonBlank("main_email"));
        p.put("openedOn", e.nonBlank("opened_date"));
        p.put("agencyBudgetMonthly", decimal(e, "budget_agency_monthly", "9000", findings));
        p.put("overtimeBudgetMonthly", decimal(e, "budget_overtime_monthly", "5000", findings));
        p.put("active", e.fields().path("is_active").asBoolean(true));
        p.put("findings", findings);
        homeNames.put(e.pk(), humanise(name));
        batch.add(new Item(e.pk(), p, List.of(), o -> homeIds.put(e.pk(), o.path("id").asText())));
    }

    private void shiftType(Entry e, Batch batch) throws Exception {
        List<String> findings = new ArrayList<>();
        String name = e.nonBlank("name");
        String start = e.nonBlank("start_time");
        String end = e.nonBlank("end_time");
        if (name == null || start == null || end == null) {
            skip(e, "shift type without a name, start or end time", List.of());
            return;
        }
        String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        if (!CODE.matcher(code).matches()) {
            skip(e, "shift type name '" + name + "' cannot become a code like DAY_SENIOR", List.of());
            return;
        }
        List<String> roles = new ArrayList<>();
        String applicable = e.nonBlank("applicable_roles");
        if (applicable != null) {
            for (String role : applicable.split(",")) {
                if (!role.isBlank()) {
                    roles.add(role.strip());
                }
            }
        }
        Map<String, Object> p = record(e.pk());
        p.put("code", code);
        p.put("name", humanise(name));
        p.put("startTime", start);
        p.put("endTime", end);
        p.put("allowedRoles", roles);
        p.put("active", e.fields().path("is_active").asBoolean(true));
        p.put("findings", findings);
        LocalTime from = LocalTime.parse(start);
        LocalTime to = LocalTime.parse(end);
        batch.add(new Item(e.pk(), p, List.of(), o -> types.put(e.pk(), new TypeRef(o.path("id").asText(), code, from, to))));
    }

    private void agency(Entry e, Batch batch) throws Exception {
        String name = e.nonBlank("name");
        String day = e.nonBlank("hourly_rate_day");
        String night = e.nonBlank("hourly_rate_night");
        if (name == null || day == null || night == null) {
            skip(e, "agency company without a name or its day and night rates", List.of());
            return;
        }
        Map<String, Object> p = record(e.pk());
        p.put("name", name);
        p.put("contactPerson", e.nonBlank("contact_person"));
        p.put("contactEmail", e.nonBlank("contact_email"));
        p.put("contactPhone", e.nonBlank("contact_phone"));
        p.put("accountNumber", e.nonBlank("account_number"));
        p.put("notes", e.nonBlank("notes"));
        p.put("dayHourlyRate", new BigDecimal(day));
        p.put("nightHourlyRate", new BigDecimal(night));
        p.put("active", e.fields().path("is_active").asBoolean(true));
        p.put("findings", List.of());
        batch.add(new Item(e.pk(), p, List.of(),
                o -> agencies.put(e.pk(), new AgencyRef(o.path("id").asText(), new BigDecimal(day), new BigDecimal(night)))));
    }

    private void unit(Entry e, Batch batch) throws Exception {
        List<String> findings = new ArrayList<>();
        String homePk = e.key("care_home");
        String homeId = homePk == null ? null : homeIds.get(homePk);
        if (homeId == null) {
            skip(e, homePk == null ? "unit without a care home" : "its care home " + homePk + " was not imported", List.of());
            return;
        }
        String name = e.nonBlank("name");
        if (name == null) {
            skip(e, "unit without a name", List.of());
            return;
        }
        Map<String, Object> p = record(e.pk());
        p.put("careHomeId", homeId);
        p.put("name", name);
        p.put("description", e.nonBlank("description"));
        p.put("minDayStaff", integer(e, "min_day_staff", 2, findings));
        p.put("minNightStaff", integer(e, "min_night_staff", 1, findings));
        p.put("minWeekendStaff", integer(e, "min_weekend_staff", 2, findings));
        p.put("idealDayStaff", integer(e, "ideal_day_staff", 3, findings));
        p.put("idealNightStaff", integer(e, "ideal_night_staff", 2, findings));
        p.put("active", e.fields().path("is_active").asBoolean(true));
        p.put("findings", findings);
        batch.add(new Item(e.pk(), p, List.of(), o -> units.put(e.pk(), new UnitRef(o.path("id").asText(), homePk, homeId))));
    }

    // --- staff -----------------------------------------------------------------------------------

    private void user(Entry e, Batch batch) throws Exception {
        List<String> findings = new ArrayList<>();
        String active = e.fields().path("is_active").asBoolean(true) ? "active" : "inactive";
        // The home: from the unit, else the home unit, else the user's shifts; never guessed.
        String unitPk = e.key("unit");
        String homeUnitPk = e.key("home_unit");
        UnitRef unit = unitPk == null ? null : units.get(unitPk);
        UnitRef homeUnit = homeUnitPk == null ? null : units.get(homeUnitPk);
        String homePk = null;
        if (unit != null) {
            homePk = unit.homePk();
        } else if (homeUnit != null) {
            homePk = homeUnit.homePk();
            findings.add("HOME_FROM_HOME_UNIT: no unit in the legacy record; home taken from the home unit");
        } else {
            Scan.UserFacts facts = scan.users.get(e.pk());
            if (facts != null && facts.homes.size() == 1) {
                homePk = facts.homes.keySet().iterator().next();
                findings.add("HOME_FROM_SHIFTS: no unit in the legacy record; home taken from the "
                        + facts.homes.get(homePk) + " shifts the person worked, all in that home");
            } else {
                String reason = facts == null || facts.homes.isEmpty()
                        ? "no unit, no home unit and no staffed shifts: the home cannot be derived"
                        : "no unit and shifts in " + facts.homes.size() + " homes " + facts.homes + ": the home cannot be derived";
                userSkips.put(e.pk(), reason);
                skip(e, reason, List.of(new Figure("(unknown home)", "staff", active, active, 1, 1)));
                return;
            }
        }
        String homeId = homeIds.get(homePk);
        if (homeId == null) {
            String reason = "its care home " + homePk + " was not imported";
            userSkips.put(e.pk(), reason);
            skip(e, reason, List.of(new Figure(homePk, "staff", active, active, 1, 1)));
            return;
        }
        if (!e.pk().matches("[0-9]{6}")) {
            String reason = "pk '" + e.pk() + "' is not a 6-digit staff number";
            userSkips.put(e.pk(), reason);
            skip(e, reason, List.of(new Figure(homePk, "staff", active, active, 1, 1)));
            return;
        }
        String rolePk = e.key("role");
        String roleCode = null;
        if (rolePk == null) {
            findings.add("NO_ROLE: no role in the legacy record; may work only shift types open to any role");
        } else {
            roleCode = roleCodes.get(rolePk);
            if (roleCode == null) {
                findings.add("ROLE_NOT_IMPORTED: legacy role " + roleNames.getOrDefault(rolePk, rolePk)
                        + " is not in the CareOps catalogue; imported without a role");
            }
        }
        LocalDate start = employmentStart(e, findings);
        String team = e.nonBlank("team");
        if (team != null && !Set.of("A", "B", "C", "MGMT").contains(team)) {
            findings.add("TEAM_UNKNOWN: legacy team '" + team + "' is not A, B, C or MGMT; left empty");
            team = null;
        }
        BigDecimal hours = BigDecimal.ZERO;
        JsonNode override = e.fields().get("shifts_per_week_override");
        Integer shiftsPerWeek = null;
        if (override != null && override.isNumber() && override.asInt() >= 0 && override.asInt() <= 14) {
            shiftsPerWeek = override.asInt();
            hours = BigDecimal.valueOf(Math.min(100, shiftsPerWeek * 12L));
            findings.add("CONTRACTED_HOURS_DERIVED: " + hours + " h a week from " + shiftsPerWeek + " shifts a week of 12 h");
        } else {
            findings.add("CONTRACTED_HOURS_UNKNOWN: the legacy system kept no contracted hours; 0 until HR records them");
        }
        String first = e.text("first_name");
        String last = e.text("last_name");
        if (first == null || first.isBlank() || last == null || last.isBlank()) {
            findings.add("NAME_INCOMPLETE: the legacy record lacks a first or last name");
        }
        Map<String, Object> p = record(e.pk());
        p.put("firstName", first == null ? "" : first.strip());
        p.put("lastName", last == null ? "" : last.strip());
        p.put("email", e.nonBlank("email"));
        p.put("phone", e.nonBlank("phone_number"));
        p.put("roleCode", roleCode);
        p.put("careHomeId", homeId);
        UnitRef primary = homeUnit != null && homeUnit.homePk().equals(homePk) ? homeUnit : unit;
        p.put("homeUnitId", primary == null ? null : primary.id());
        p.put("assignedUnitId", unit != null && primary != null && unit != primary && unit.homePk().equals(homePk) ? unit.id() : null);
        p.put("team", team);
        p.put("shiftPreference", e.nonBlank("shift_preference"));
        p.put("contractedHoursPerWeek", hours);
        JsonNode leave = e.fields().get("annual_leave_allowance");
        p.put("annualLeaveDays", leave != null && leave.isNumber() && leave.asInt() >= 0 && leave.asInt() <= 366 ? leave.asInt() : null);
        p.put("shiftsPerWeek", shiftsPerWeek);
        p.put("employmentStart", start.toString());
        p.put("active", e.fields().path("is_active").asBoolean(true));
        p.put("findings", findings);
        String name = (first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip());
        String role = roleCode;
        String unitId = unit != null ? unit.id() : primary == null ? null : primary.id();
        String home = homePk;
        batch.add(new Item(e.pk(), p, List.of(new Figure(homePk, "staff", active, active, 1, 1)), o -> users.put(e.pk(),
                new UserRef(o.path("id").asText(), home, homeId, name.strip(), role, unitId))));
    }

    /** The legacy system kept no employment start: the earliest of its record's creation and the first shift, flagged. */
    private LocalDate employmentStart(Entry e, List<String> findings) {
        LocalDate start = null;
        String source = null;
        String created = e.nonBlank("created_at");
        if (created == null) {
            created = e.nonBlank("date_joined");
        }
        if (created != null) {
            start = Scan.instant(created).atZone(ZONE).toLocalDate();
            source = "the legacy record's creation";
        }
        Scan.UserFacts facts = scan.users.get(e.pk());
        if (facts != null && facts.firstShift != null && (start == null || facts.firstShift.isBefore(start))) {
            start = facts.firstShift;
            source = "the first shift";
        }
        if (start == null) {
            start = today;
            source = "nothing in the export (the import day)";
        }
        findings.add("EMPLOYMENT_START_DERIVED: " + start + " from " + source + "; the legacy system kept none");
        return start;
    }

    // --- shifts ----------------------------------------------------------------------------------

    private void shift(Entry e, Batch batch) throws Exception {
        List<String> findings = new ArrayList<>();
        String status = orEmpty(e.nonBlank("status"));
        String classification = orEmpty(e.nonBlank("shift_classification"));
        UnitRef unit = units.get(orEmpty(e.key("unit")));
        String homePk = unit == null ? "(unknown home)" : unit.homePk();
        String legacyKey = classification + "/" + status;
        String date = e.nonBlank("date");
        if (unit == null) {
            skip(e, e.key("unit") == null ? "shift without a unit" : "its unit " + e.key("unit") + " was not imported",
                    List.of(new Figure(homePk, "shifts", legacyKey, null, 1, 1)));
            return;
        }
        if (date == null) {
            skip(e, "shift without a date", List.of(new Figure(homePk, "shifts", legacyKey, null, 1, 1)));
            return;
        }
        LocalDate day = LocalDate.parse(date);
        TypeRef type = e.key("shift_type") == null ? null : types.get(e.key("shift_type"));
        if (e.key("shift_type") != null && type == null) {
            skip(e, "its shift type " + e.key("shift_type") + " was not imported", List.of(new Figure(homePk, "shifts", legacyKey, null, 1, 1)));
            return;
        }
        // Exact times: the pattern's, or the custom ones; the shift type's only when neither is there.
        String pattern = orEmpty(e.nonBlank("shift_pattern"));
        LocalTime start;
        LocalTime end;
        switch (pattern) {
            case "DAY_0800_2000" -> {
                start = LocalTime.of(8, 0);
                end = LocalTime.of(20, 0);
            }
            case "NIGHT_2000_0800" -> {
                start = LocalTime.of(20, 0);
                end = LocalTime.of(8, 0);
            }
            default -> {
                String customStart = e.nonBlank("custom_start_time");
                String customEnd = e.nonBlank("custom_end_time");
                if ("CUSTOM".equals(pattern) && customStart != null && customEnd != null) {
                    start = LocalTime.parse(customStart);
                    end = LocalTime.parse(customEnd);
                } else if (type != null) {
                    start = type.start();
                    end = type.end();
                    findings.add("TIMES_FROM_SHIFT_TYPE: pattern '" + pattern + "' without custom times; the shift type's "
                            + start + "-" + end + " used");
                } else {
                    skip(e, "no pattern, custom times or shift type to take the times from",
                            List.of(new Figure(homePk, "shifts", legacyKey, null, 1, 1)));
                    return;
                }
            }
        }
        String userPk = e.key("user");
        boolean agency = "AGENCY".equals(classification);
        String careopsStatus;
        String staffId = null;
        String staffRole = null;
        switch (status) {
            case "SCHEDULED", "CONFIRMED", "CANCELLED" -> careopsStatus = status;
            case "UNCOVERED" -> careopsStatus = "SCHEDULED";
            case "COMPLETED" -> {
                careopsStatus = "WORKED";
                findings.add("STATUS_UNDEFINED: legacy status COMPLETED (used in code, never defined in the model) recorded as WORKED");
            }
            default -> {
                skip(e, "status '" + status + "' has no meaning in CareOps", List.of(new Figure(homePk, "shifts", legacyKey, null, 1, 1)));
                return;
            }
        }
        if (!Set.of("REGULAR", "OVERTIME", "AGENCY", "BANK").contains(classification)) {
            skip(e, "classification '" + classification + "' has no meaning in CareOps",
                    List.of(new Figure(homePk, "shifts", legacyKey, null, 1, 1)));
            return;
        }
        if ("UNCOVERED".equals(status) && !agency) {
            findings.add("OPEN_SHIFT: legacy UNCOVERED shift becomes an open shift; placeholder user " + userPk + " removed");
        } else if (agency) {
            if (userPk != null) {
                findings.add("AGENCY_PLACEHOLDER_REMOVED: legacy placeholder user " + userPk + " removed; worked by the agency's worker");
            }
            if ("UNCOVERED".equals(status)) {
                findings.add("AGENCY_UNCOVERED: legacy UNCOVERED agency shift kept as a SCHEDULED agency booking");
            }
        } else if (userPk != null) {
            UserRef user = users.get(userPk);
            if (user == null) {
                skip(e, "its member of staff " + userPk + " was not imported (" + userSkips.getOrDefault(userPk, "see scheduling.user") + ")",
                        List.of(new Figure(homePk, "shifts", legacyKey, null, 1, 1)));
                return;
            }
            staffId = user.id();
            staffRole = user.roleCode();
        } else {
            skip(e, "a staffed shift without a user", List.of(new Figure(homePk, "shifts", legacyKey, null, 1, 1)));
            return;
        }
        boolean overtime = "OVERTIME".equals(classification);
        JsonNode isOvertime = e.fields().get("is_overtime");
        if (isOvertime != null && isOvertime.isBoolean()) {
            if (isOvertime.asBoolean() && agency) {
                findings.add("OVERTIME_ON_AGENCY: is_overtime was set on an agency shift; agency work is never overtime");
            } else if (isOvertime.asBoolean()) {
                overtime = true;
            } else if ("OVERTIME".equals(classification)) {
                findings.add("OVERTIME_FLAG_INCONSISTENT: an OVERTIME shift with is_overtime false; every OVERTIME shift is overtime");
            }
        }
        String agencyId = null;
        String worker = null;
        BigDecimal rate = null;
        if (agency) {
            AgencyRef company = e.key("agency_company") == null ? null : agencies.get(e.key("agency_company"));
            if (company == null) {
                skip(e, e.key("agency_company") == null ? "an agency shift without its agency company"
                        : "its agency company " + e.key("agency_company") + " was not imported",
                        List.of(new Figure(homePk, "shifts", legacyKey, null, 1, 1)));
                return;
            }
            agencyId = company.id();
            worker = e.nonBlank("agency_staff_name");
            if (worker == null) {
                findings.add("AGENCY_WORKER_UNNAMED: the legacy record does not name the agency worker");
            }
            String legacyRate = e.nonBlank("agency_hourly_rate");
            boolean night = !start.isBefore(LocalTime.of(18, 0)) || start.isBefore(LocalTime.of(6, 0));
            if (legacyRate != null) {
                rate = new BigDecimal(legacyRate);
            } else {
                rate = night ? company.night() : company.day();
                findings.add("AGENCY_RATE_FROM_COMPANY: no rate on the legacy shift; the company's " + (night ? "night" : "day")
                        + " rate " + rate + " used");
            }
        }
        String careopsKey = classification + "/" + careopsStatus + (staffId == null && !agency && !"CANCELLED".equals(careopsStatus) ? " open" : "");
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(homePk, "shifts", legacyKey, careopsKey, 1, 1));
        if (!"CANCELLED".equals(status)) {
            double legacyHours = naiveHours(start, end);
            ZonedDateTime from = ZonedDateTime.of(day, start, ZONE);
            ZonedDateTime to = ZonedDateTime.of(end.isAfter(start) ? day : day.plusDays(1), end, ZONE);
            double hours = Duration.between(from, to).toMinutes() / 60.0;
            String month = date.substring(0, 7);
            figures.add(new Figure(homePk, "paid hours", month, month, legacyHours, hours));
        }
        Map<String, Object> p = record(e.pk());
        p.put("careHomeId", unit.homeId());
        p.put("unitId", unit.id());
        p.put("shiftTypeId", type == null ? null : type.id());
        p.put("date", date);
        p.put("startTime", start.toString());
        p.put("endTime", end.toString());
        p.put("status", careopsStatus);
        p.put("classification", classification);
        p.put("overtime", overtime);
        p.put("staffId", staffId);
        p.put("staffRoleCode", staffRole);
        p.put("agencyCompanyId", agencyId);
        p.put("agencyWorkerName", worker);
        p.put("agencyHourlyRate", rate);
        p.put("notes", e.nonBlank("notes"));
        p.put("findings", findings);
        batch.add(new Item(e.pk(), p, figures, null));
    }

    static double naiveHours(LocalTime start, LocalTime end) {
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes <= 0) {
            minutes += 24 * 60;
        }
        return minutes / 60.0;
    }

    // --- certifications --------------------------------------------------------------------------

    private void certification(Entry e, Batch batch) throws Exception {
        List<String> findings = new ArrayList<>();
        String userPk = e.key("staff_member");
        UserRef user = userPk == null ? null : users.get(userPk);
        String type = orEmpty(e.nonBlank("certification_type"));
        String legacyStatus = orEmpty(e.nonBlank("status"));
        String careopsType = CERT_TYPES.contains(type) ? type : "OTHER";
        String legacyKey = type + "/" + legacyStatus;
        if (user == null) {
            skip(e, userPk == null ? "a certification without its member of staff"
                    : "its member of staff " + userPk + " was not imported (" + userSkips.getOrDefault(userPk, "see scheduling.user") + ")",
                    List.of(new Figure("(unknown home)", "certifications", legacyKey, null, 1, 1)));
            return;
        }
        String issue = e.nonBlank("issue_date");
        if (issue == null) {
            skip(e, "no issue date", List.of(new Figure(user.homePk(), "certifications", legacyKey, null, 1, 1)));
            return;
        }
        String expiry = e.nonBlank("expiry_date");
        JsonNode windowNode = e.fields().get("days_before_expiry_alert");
        Integer window = windowNode != null && windowNode.isNumber() && windowNode.asInt() >= 0 ? windowNode.asInt() : null;
        String careopsStatus = statusOn(today, expiry == null ? null : LocalDate.parse(expiry), window == null ? 30 : window);
        Map<String, Object> p = record(e.pk());
        p.put("careHomeId", user.homeId());
        p.put("staffId", user.id());
        p.put("staffNumber", userPk);
        p.put("staffName", user.name());
        p.put("staffRole", user.roleCode());
        p.put("certificationType", type.isEmpty() ? "OTHER" : type);
        p.put("name", e.nonBlank("certification_name") != null ? e.nonBlank("certification_name") : humanise(type.isEmpty() ? "OTHER" : type));
        p.put("issueDate", issue);
        p.put("expiryDate", expiry);
        p.put("renewalDate", e.nonBlank("renewal_date"));
        p.put("issuingBody", e.nonBlank("issuing_body"));
        p.put("certificateNumber", e.nonBlank("certificate_number"));
        p.put("alertWindowDays", window);
        p.put("legacyStatus", legacyStatus.isEmpty() ? null : legacyStatus);
        p.put("alertSent", e.flag("alert_sent"));
        String sentAt = e.nonBlank("alert_sent_at");
        p.put("alertSentAt", sentAt == null ? null : Scan.instant(sentAt).toString());
        p.put("certificateFile", e.nonBlank("certificate_file"));
        p.put("notes", e.nonBlank("notes"));
        p.put("findings", findings);
        batch.add(new Item(e.pk(), p, List.of(new Figure(user.homePk(), "certifications", legacyKey,
                careopsType + "/" + careopsStatus, 1, 1)), null));
    }

    /** The compliance service's rule (DOMAIN.md 4): expired after the expiry day, expiring within the window. */
    static String statusOn(LocalDate day, LocalDate expiry, int window) {
        if (expiry == null) {
            return "VALID";
        }
        if (day.isAfter(expiry)) {
            return "EXPIRED";
        }
        return day.isBefore(expiry.minusDays(window)) ? "VALID" : "EXPIRING_SOON";
    }

    // --- incidents -------------------------------------------------------------------------------

    private static final Set<String> SEVERITIES = Set.of("NO_HARM", "LOW_HARM", "MODERATE_HARM", "MAJOR_HARM", "DEATH");

    private void incident(Entry e, Batch batch) throws Exception {
        List<String> findings = new ArrayList<>();
        boolean closed = e.flag("incident_closed");
        boolean investigation = e.flag("investigation_required");
        String legacyKey = closed ? "CLOSED" : "OPEN";
        String careopsKey = closed ? "CLOSED" : investigation ? "UNDER_INVESTIGATION" : "OPEN";
        String reporterPk = e.key("reported_by");
        UserRef reporter = reporterPk == null ? null : users.get(reporterPk);
        if (reporter == null) {
            String reason = reporterPk == null ? "no reporter, so no home: the home is only known through the reporter's unit"
                    : "its reporter " + reporterPk + " was not imported, so its home is unknown";
            incidentSkips.put(e.pk(), reason);
            skip(e, reason, List.of(new Figure("(unknown home)", "incidents", legacyKey, null, 1, 1)));
            return;
        }
        if (reporter.unitId() == null) {
            findings.add("HOME_FROM_REPORTER: the reporter has no unit; home taken from the reporter's home");
        }
        String date = e.nonBlank("incident_date");
        if (date == null) {
            incidentSkips.put(e.pk(), "no incident date");
            skip(e, "no incident date", List.of(new Figure(reporter.homePk(), "incidents", legacyKey, null, 1, 1)));
            return;
        }
        String severity = orEmpty(e.nonBlank("severity"));
        if (!SEVERITIES.contains(severity)) {
            incidentSkips.put(e.pk(), "severity '" + severity + "' is not one CareOps knows");
            skip(e, "severity '" + severity + "' is not one CareOps knows",
                    List.of(new Figure(reporter.homePk(), "incidents", legacyKey, null, 1, 1)));
            return;
        }
        String risk = orEmpty(e.nonBlank("risk_rating"));
        if ("MEDIUM".equals(risk)) {
            risk = "MODERATE";
            findings.add("RISK_MAPPED: legacy risk MEDIUM recorded as MODERATE");
        }
        if (!Set.of("LOW", "MODERATE", "HIGH", "CRITICAL").contains(risk)) {
            incidentSkips.put(e.pk(), "risk rating '" + risk + "' is not one CareOps knows");
            skip(e, "risk rating '" + risk + "' is not one CareOps knows",
                    List.of(new Figure(reporter.homePk(), "incidents", legacyKey, null, 1, 1)));
            return;
        }
        String type = orEmpty(e.nonBlank("incident_type")).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        if (!type.matches("[A-Z][A-Z0-9_]{1,49}")) {
            type = "OTHER";
            findings.add("TYPE_MISSING: no usable incident type in the legacy record; recorded as OTHER");
        }
        String description = e.nonBlank("description");
        if (description == null) {
            description = "(no description in the legacy record)";
            findings.add("DESCRIPTION_MISSING: the legacy record has no description");
        }
        Map<String, Object> p = record(e.pk());
        p.put("legacyReference", e.nonBlank("reference_number"));
        p.put("careHomeId", reporter.homeId());
        p.put("unitId", reporter.unitId());
        p.put("incidentDate", date);
        p.put("incidentTime", e.nonBlank("incident_time"));
        p.put("reportedBy", reporterPk);
        p.put("incidentType", type);
        p.put("severity", severity);
        p.put("riskRating", risk);
        p.put("location", e.nonBlank("location"));
        p.put("description", description);
        p.put("immediateActions", e.nonBlank("immediate_actions"));
        p.put("witnesses", e.nonBlank("witnesses"));
        p.put("injuries", e.nonBlank("injuries_sustained"));
        p.put("bodyMapCompleted", e.flag("body_map_completed"));
        p.put("gpContacted", e.flag("gp_contacted"));
        p.put("ambulanceCalled", e.flag("ambulance_called"));
        p.put("hospitalAttendance", e.flag("hospital_attendance"));
        p.put("hospitalAdmission", e.flag("hospital_admission"));
        p.put("medicalNotes", e.nonBlank("medical_notes"));
        p.put("residentName", e.nonBlank("service_user_name"));
        p.put("residentDateOfBirth", e.nonBlank("service_user_dob"));
        p.put("investigationRequested", investigation);
        p.put("careInspectorateNotified", e.flag("care_inspectorate_notified"));
        p.put("careInspectorateReference", e.nonBlank("care_inspectorate_ref"));
        p.put("policeNotified", e.flag("police_notified"));
        p.put("policeReference", e.nonBlank("police_crime_ref"));
        p.put("localAuthorityNotified", e.flag("local_authority_notified"));
        p.put("closed", closed);
        String closedDate = e.nonBlank("closed_date");
        p.put("closedOn", closedDate == null ? null : closedDate.length() <= 10 ? closedDate
                : Scan.instant(closedDate).atZone(ZONE).toLocalDate().toString());
        p.put("closedBy", e.key("closed_by"));
        p.put("findings", findings);
        String home = reporter.homePk();
        String homeId = reporter.homeId();
        batch.add(new Item(e.pk(), p, List.of(new Figure(home, "incidents", legacyKey, careopsKey, 1, 1)),
                o -> incidents.put(e.pk(), new IncidentRef(o.path("id").asText(), home, homeId))));
    }

    private void analysis(Entry e, Batch batch) throws Exception {
        List<String> findings = new ArrayList<>();
        String incidentPk = e.key("incident");
        IncidentRef incident = incidentPk == null ? null : incidents.get(incidentPk);
        if (incident == null) {
            skip(e, incidentPk == null ? "an analysis without its incident"
                    : "its incident " + incidentPk + " was not imported (" + incidentSkips.getOrDefault(incidentPk, "see the incidents") + ")",
                    List.of());
            return;
        }
        String legacyMethod = orEmpty(e.nonBlank("analysis_method"));
        String method = switch (legacyMethod) {
            case "5_WHYS" -> "FIVE_WHYS";
            case "FISHBONE", "TIMELINE", "BARRIER" -> legacyMethod;
            case "SWARM" -> {
                findings.add("METHOD_SWARM: a legacy SWARM (post-incident huddle) is recorded as FISHBONE: its contributing "
                        + "factors are the legacy fishbone categories; any whys are kept too");
                yield "FISHBONE";
            }
            default -> null;
        };
        if (method == null) {
            skip(e, "analysis method '" + legacyMethod + "' is not one CareOps knows", List.of());
            return;
        }
        String status = orEmpty(e.nonBlank("status"));
        if (!Set.of("IN_PROGRESS", "UNDER_REVIEW", "APPROVED", "REJECTED").contains(status)) {
            findings.add("STATUS_MAPPED: legacy analysis status '" + status + "' recorded as IN_PROGRESS");
            status = "IN_PROGRESS";
        }
        String lead = e.key("lead_investigator");
        if (lead == null) {
            lead = "unknown (legacy)";
            findings.add("LEAD_MISSING: the legacy analysis names no lead investigator");
        }
        String started = e.nonBlank("investigation_start_date");
        if (started == null) {
            String created = e.nonBlank("created_at");
            started = created != null ? Scan.instant(created).atZone(ZONE).toLocalDate().toString() : today.toString();
            findings.add("START_DERIVED: no investigation start date; " + started + " from the record's creation");
        }
        List<String> whys = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String why = e.nonBlank("why_" + i);
            if (why != null) {
                whys.add(why);
            }
        }
        Map<String, List<String>> causes = new LinkedHashMap<>();
        for (String[] factor : new String[][] {{"factor_people", "PEOPLE"}, {"factor_environment", "ENVIRONMENT"},
                {"factor_processes", "PROCESSES"}, {"factor_organization", "ORGANISATION"}, {"factor_external", "EXTERNAL"}}) {
            String text = e.nonBlank(factor[0]);
            if (text != null) {
                List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                if (!lines.isEmpty()) {
                    causes.put(factor[1], lines);
                }
            }
        }
        List<String> team = new ArrayList<>();
        e.fields().path("investigation_team").forEach(m -> team.add(m.asText()));
        String approved = e.nonBlank("approved_date");
        Map<String, Object> p = record(e.pk());
        p.put("incidentId", incident.id());
        p.put("method", method);
        p.put("status", status);
        p.put("leadInvestigator", lead);
        p.put("team", team);
        p.put("startedOn", started);
        p.put("reviewDueOn", e.nonBlank("review_due_date"));
        p.put("completedOn", e.nonBlank("investigation_end_date"));
        p.put("whys", whys);
        p.put("causes", causes);
        p.put("rootCauseSummary", e.nonBlank("root_cause_summary"));
        p.put("lessonsLearned", e.nonBlank("lessons_learned"));
        p.put("recommendations", e.nonBlank("recommendations"));
        p.put("reviewedBy", e.key("approved_by"));
        p.put("reviewedAt", approved == null ? null : approved.length() <= 10
                ? LocalDate.parse(approved).atStartOfDay(ZONE).toInstant().toString() : Scan.instant(approved).toString());
        p.put("reviewComments", e.nonBlank("approval_comments"));
        p.put("findings", findings);
        batch.add(new Item(e.pk(), p, List.of(), o -> analyses.put(e.pk(), o.path("id").asText())));
    }

    private static final Map<String, Integer> PRIORITY_DAYS = Map.of("IMMEDIATE", 1, "HIGH", 7, "MEDIUM", 30, "LOW", 90);

    private void plan(Entry e, Batch batch) throws Exception {
        List<String> findings = new ArrayList<>();
        String status = orEmpty(e.nonBlank("status"));
        String reference = e.nonBlank("reference_number");
        IncidentRef incident = e.key("incident") == null ? null : incidents.get(e.key("incident"));
        String home = incident == null ? "(unknown home)" : incident.homePk();
        List<Figure> figures = List.of(new Figure(home, "action plans", status, status, 1, 1));
        if (reference == null || !PLAN_REFERENCE.matcher(reference).matches()) {
            skip(e, "reference '" + reference + "' is not CAPA-, HSAP- or SAP-YYYY-NNN", List.of(new Figure(home, "action plans", status, null, 1, 1)));
            return;
        }
        if (incident == null) {
            skip(e, e.key("incident") == null ? "a plan without its incident" : "its incident " + e.key("incident")
                    + " was not imported (" + incidentSkips.getOrDefault(e.key("incident"), "see the incidents") + ")",
                    List.of(new Figure(home, "action plans", status, null, 1, 1)));
            return;
        }
        if (!Set.of("IDENTIFIED", "ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED", "NOT_EFFECTIVE", "CLOSED").contains(status)) {
            skip(e, "status '" + status + "' is not one CareOps knows", List.of(new Figure(home, "action plans", status, null, 1, 1)));
            return;
        }
        String type = orEmpty(e.nonBlank("action_type"));
        String priority = orEmpty(e.nonBlank("priority"));
        if (!Set.of("CORRECTIVE", "PREVENTIVE", "IMPROVEMENT").contains(type) || !PRIORITY_DAYS.containsKey(priority)) {
            skip(e, "action type '" + type + "' or priority '" + priority + "' is not one CareOps knows",
                    List.of(new Figure(home, "action plans", status, null, 1, 1)));
            return;
        }
        String rcaPk = e.key("root_cause_analysis");
        String analysisId = rcaPk == null ? null : analyses.get(rcaPk);
        if (rcaPk != null && analysisId == null) {
            findings.add("ANALYSIS_NOT_IMPORTED: its analysis " + rcaPk + " was not imported; the plan is kept without it");
        }
        String createdAt = orEmpty(e.nonBlank("created_at"));
        String updatedAt = e.nonBlank("updated_at");
        String created = createdAt.isEmpty() ? today.atStartOfDay(ZONE).toInstant().toString() : Scan.instant(createdAt).toString();
        String updated = updatedAt == null ? created : Scan.instant(updatedAt).toString();
        String identified = e.nonBlank("identified_date");
        if (identified == null) {
            identified = Scan.instant(created).atZone(ZONE).toLocalDate().toString();
            findings.add("IDENTIFIED_DERIVED: no identified date; " + identified + " from the record's creation");
        }
        String target = e.nonBlank("target_completion_date");
        if (target == null) {
            target = LocalDate.parse(identified).plusDays(PRIORITY_DAYS.get(priority)).toString();
            findings.add("TARGET_DERIVED: no target date; " + target + " from the " + priority + " priority");
        }
        String problem = e.nonBlank("problem_statement");
        if (problem == null) {
            problem = "(not recorded in the legacy system)";
            findings.add("PROBLEM_MISSING: the legacy plan has no problem statement");
        }
        String action = e.nonBlank("action_description");
        if (action == null) {
            action = "(not recorded in the legacy system)";
            findings.add("ACTION_MISSING: the legacy plan has no action description");
        }
        boolean reviewed = e.flag("effectiveness_review_completed");
        if ("CLOSED".equals(status) && !reviewed) {
            findings.add("CLOSED_WITHOUT_REVIEW: closed in the legacy system without an effectiveness review; today's rules "
                    + "would not let it close");
        }
        if (Set.of("VERIFIED", "NOT_EFFECTIVE", "CLOSED").contains(status) && e.key("verified_by") == null) {
            findings.add("UNVERIFIED: status " + status + " but no verifier in the legacy record");
        }
        if (e.key("verified_by") != null && e.key("verified_by").equals(e.key("action_owner"))) {
            findings.add("SELF_VERIFIED: verified by its own owner; today's rules require someone else");
        }
        List<String> supporting = new ArrayList<>();
        e.fields().path("supporting_staff").forEach(m -> supporting.add(m.asText()));
        JsonNode percent = e.fields().get("percent_complete");
        Map<String, Object> p = record(e.pk());
        p.put("legacyReference", reference);
        p.put("incidentId", incident.id());
        p.put("analysisId", analysisId);
        p.put("actionType", type);
        p.put("priority", priority);
        p.put("status", status);
        p.put("owner", e.key("action_owner"));
        p.put("supportingStaff", supporting);
        p.put("problemStatement", problem);
        p.put("actionDescription", action);
        p.put("expectedOutcome", e.nonBlank("expected_outcome"));
        p.put("implementationPlan", e.nonBlank("implementation_plan"));
        p.put("resourcesRequired", e.nonBlank("resources_required"));
        p.put("barriers", e.nonBlank("barriers_identified"));
        p.put("identifiedOn", identified);
        p.put("targetDate", target);
        p.put("percentComplete", percent != null && percent.isNumber() ? Math.max(0, Math.min(100, percent.asInt())) : 0);
        p.put("completedOn", e.nonBlank("actual_completion_date"));
        p.put("progressNotes", e.nonBlank("progress_notes"));
        p.put("verificationMethod", e.nonBlank("verification_method"));
        p.put("verifiedBy", e.key("verified_by"));
        p.put("verifiedOn", e.nonBlank("verification_date"));
        p.put("verificationOutcome", e.nonBlank("verification_outcome"));
        p.put("effectivenessReviewDue", e.nonBlank("effectiveness_review_due"));
        p.put("effectivenessReviewCompleted", reviewed);
        p.put("effectivenessReviewNotes", e.nonBlank("effectiveness_review_notes"));
        p.put("createdBy", e.key("created_by") == null ? "legacy" : e.key("created_by"));
        p.put("createdAt", created);
        p.put("updatedAt", updated);
        p.put("findings", findings);
        batch.add(new Item(e.pk(), p, figures, null));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Map<String, Object> record(String pk) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("legacyPk", pk);
        return p;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orPlaceholder(Entry e, String field, List<String> findings) {
        String value = e.nonBlank(field);
        if (value == null) {
            findings.add("MISSING_" + field.toUpperCase(Locale.ROOT) + ": not in the legacy record; '(not recorded)' until set");
            return "(not recorded)";
        }
        return value;
    }

    private static int integer(Entry e, String field, int legacyDefault, List<String> findings) {
        JsonNode value = e.fields().get(field);
        if (value == null || !value.canConvertToInt() || value.asInt() < 0) {
            findings.add("DEFAULTED_" + field.toUpperCase(Locale.ROOT) + ": missing in the legacy record; the legacy default "
                    + legacyDefault + " used");
            return legacyDefault;
        }
        return value.asInt();
    }

    private static BigDecimal decimal(Entry e, String field, String legacyDefault, List<String> findings) {
        String value = e.nonBlank(field);
        try {
            if (value != null) {
                return new BigDecimal(value);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        findings.add("DEFAULTED_" + field.toUpperCase(Locale.ROOT) + ": missing or not a number; the legacy default "
                + legacyDefault + " used");
        return new BigDecimal(legacyDefault);
    }

    /** VICTORIA_GARDENS to Victoria Gardens. */
    static String humanise(String code) {
        StringBuilder out = new StringBuilder();
        for (String word : code.split("[_\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
