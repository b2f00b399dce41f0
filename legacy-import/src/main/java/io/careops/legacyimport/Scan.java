package io.careops.legacyimport;

import io.careops.legacyimport.Export.Entry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks before anything is written, in two streaming passes: every pk once per model, every
 * foreign key pointing at a record of the export, every date and time a real one. Any failure
 * stops the run before the first write. On the way it keeps the small indexes the import needs
 * (a unit's home, each user's homes and first day from their shifts): memory in proportion to the
 * users and units, never to the shifts.
 */
final class Scan {

    static final String ROLE = "scheduling.role";
    static final String HOME = "scheduling.carehome";
    static final String UNIT = "scheduling.unit";
    static final String SHIFT_TYPE = "scheduling.shifttype";
    static final String USER = "scheduling.user";
    static final String AGENCY = "scheduling.agencycompany";
    static final String SHIFT = "scheduling.shift";
    static final String CERT = "scheduling.staffcertification";
    static final String INCIDENT = "scheduling.incidentreport";
    static final String RCA = "incident_safety.rootcauseanalysis";
    static final String CAPA = "incident_safety.correctivepreventiveaction";
    static final String PLAN = "incident_safety.safetyactionplan";

    /** In import order. */
    static final List<String> MODELS = List.of(ROLE, HOME, SHIFT_TYPE, AGENCY, UNIT, USER, SHIFT, CERT, INCIDENT, RCA, PLAN, CAPA);

    private record Fk(String field, String target, boolean many) {
    }

    private static final Map<String, List<Fk>> FKS = Map.of(
            UNIT, List.of(new Fk("care_home", HOME, false)),
            USER, List.of(new Fk("role", ROLE, false), new Fk("unit", UNIT, false), new Fk("home_unit", UNIT, false)),
            SHIFT, List.of(new Fk("user", USER, false), new Fk("unit", UNIT, false), new Fk("shift_type", SHIFT_TYPE, false),
                    new Fk("agency_company", AGENCY, false)),
            CERT, List.of(new Fk("staff_member", USER, false)),
            INCIDENT, List.of(new Fk("reported_by", USER, false), new Fk("closed_by", USER, false)),
            RCA, List.of(new Fk("incident", INCIDENT, false), new Fk("lead_investigator", USER, false),
                    new Fk("approved_by", USER, false), new Fk("investigation_team", USER, true)),
            CAPA, planFks(),
            PLAN, planFks());

    private static List<Fk> planFks() {
        return List.of(new Fk("incident", INCIDENT, false), new Fk("root_cause_analysis", RCA, false),
                new Fk("action_owner", USER, false), new Fk("verified_by", USER, false), new Fk("created_by", USER, false),
                new Fk("supporting_staff", USER, true));
    }

    private enum Kind { DATE, TIME, TIMESTAMP, DATE_OR_TIMESTAMP }

    private static final Map<String, Map<String, Kind>> TEMPORAL = Map.of(
            HOME, Map.of("opened_date", Kind.DATE),
            SHIFT_TYPE, Map.of("start_time", Kind.TIME, "end_time", Kind.TIME),
            USER, Map.of("created_at", Kind.TIMESTAMP, "annual_leave_year_start", Kind.DATE),
            SHIFT, Map.of("date", Kind.DATE, "custom_start_time", Kind.TIME, "custom_end_time", Kind.TIME),
            CERT, Map.of("issue_date", Kind.DATE, "expiry_date", Kind.DATE, "renewal_date", Kind.DATE, "alert_sent_at", Kind.TIMESTAMP),
            INCIDENT, Map.of("incident_date", Kind.DATE, "incident_time", Kind.TIME, "service_user_dob", Kind.DATE,
                    "closed_date", Kind.DATE_OR_TIMESTAMP),
            RCA, Map.of("investigation_start_date", Kind.DATE, "investigation_end_date", Kind.DATE, "review_due_date", Kind.DATE,
                    "approved_date", Kind.DATE_OR_TIMESTAMP),
            CAPA, planDates(),
            PLAN, planDates());

    private static Map<String, Kind> planDates() {
        return Map.of("identified_date", Kind.DATE, "target_completion_date", Kind.DATE, "actual_completion_date", Kind.DATE,
                "verification_date", Kind.DATE, "effectiveness_review_due", Kind.DATE, "created_at", Kind.TIMESTAMP,
                "updated_at", Kind.TIMESTAMP);
    }

    /** What the shifts say about a user: the homes of the units they worked in, and their first day. */
    static final class UserFacts {
        final Map<String, Integer> homes = new TreeMap<>();
        LocalDate firstShift;
    }

    static final int MAX_ERRORS = 50;

    final Map<String, Set<String>> pks = new LinkedHashMap<>();
    final Map<String, Long> unknownModels = new TreeMap<>();
    final List<String> errors = new ArrayList<>();
    int moreErrors;
    final Map<String, String> unitHome = new HashMap<>();
    final Map<String, UserFacts> users = new HashMap<>();
    long records;

    static Scan of(Export export) throws Exception {
        Scan scan = new Scan();
        MODELS.forEach(m -> scan.pks.put(m, new HashSet<>()));
        export.forEach(scan::first);
        export.forEach(scan::second);
        return scan;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    private void error(String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(message);
        } else {
            moreErrors++;
        }
    }

    private void first(Entry e) {
        records++;
        Set<String> seen = pks.get(e.model());
        if (seen == null) {
            unknownModels.merge(e.model(), 1L, Long::sum);
            return;
        }
        if (!seen.add(e.pk())) {
            error(e.model() + " pk " + e.pk() + " appears more than once (duplicate pk)");
        }
        if (UNIT.equals(e.model()) && e.key("care_home") != null) {
            unitHome.put(e.pk(), e.key("care_home"));
        }
    }

    private void second(Entry e) {
        if (!pks.containsKey(e.model())) {
            return;
        }
        for (Fk fk : FKS.getOrDefault(e.model(), List.of())) {
            var value = e.fields().get(fk.field());
            if (value == null || value.isNull()) {
                continue;
            }
            if (fk.many()) {
                if (!value.isArray()) {
                    error(e.model() + " " + e.pk() + ": " + fk.field() + " must be a list of keys");
                    continue;
                }
                value.forEach(v -> dangling(e, fk, v.asText()));
            } else if (!(value.isTextual() && value.asText().isBlank())) {
                dangling(e, fk, value.asText());
            }
        }
        for (Map.Entry<String, Kind> field : TEMPORAL.getOrDefault(e.model(), Map.of()).entrySet()) {
            String text = e.nonBlank(field.getKey());
            if (text != null && !valid(text, field.getValue())) {
                error(e.model() + " " + e.pk() + ": " + field.getKey() + " '" + text + "' is not a possible "
                        + field.getValue().name().toLowerCase().replace('_', ' '));
            }
        }
        if (SHIFT.equals(e.model())) {
            String user = e.key("user");
            String home = unitHome.get(e.key("unit"));
            String date = e.nonBlank("date");
            if (user != null && home != null && !"UNCOVERED".equals(e.text("status")) && !"AGENCY".equals(e.text("shift_classification"))) {
                UserFacts facts = users.computeIfAbsent(user, k -> new UserFacts());
                facts.homes.merge(home, 1, Integer::sum);
                if (date != null && valid(date, Kind.DATE)) {
                    LocalDate day = LocalDate.parse(date);
                    if (facts.firstShift == null || day.isBefore(facts.firstShift)) {
                        facts.firstShift = day;
                    }
                }
            }
        }
    }

    private void dangling(Entry e, Fk fk, String target) {
        if (!pks.get(fk.target()).contains(target)) {
            error(e.model() + " " + e.pk() + ": " + fk.field() + " points at " + fk.target() + " " + target
                    + ", which is not in the export (dangling foreign key)");
        }
    }

    private static boolean valid(String text, Kind kind) {
        try {
            switch (kind) {
                case DATE -> LocalDate.parse(text);
                case TIME -> LocalTime.parse(text);
                case TIMESTAMP -> instant(text);
                case DATE_OR_TIMESTAMP -> {
                    if (text.length() <= 10) {
                        LocalDate.parse(text);
                    } else {
                        instant(text);
                    }
                }
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }
}
