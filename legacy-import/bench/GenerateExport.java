import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a legacy export of a whole care group for the import benchmark (a script, not a test):
 * 5 homes, 42 units, about 2,700 users and 40,000+ shifts over 16 weeks, thousands of
 * certifications, incidents with analyses and CAPA/HSAP/SAP plans, with the sample's dirt and some
 * more: users without unit or role, UNCOVERED and AGENCY shifts with a placeholder user, custom
 * times, a shift type missing from the catalogue, role-rule breakers, stale and PENDING
 * certification statuses, sent alerts, missing files, SWARM analyses, CAPA and SAP numbers that
 * collide, an is_overtime column, extra fields and unknown models. Seeded: the same file every time.
 *
 *   java legacy-import/bench/GenerateExport.java [OUT.json] [--seed N]
 */
public class GenerateExport {

    static final String[] HOMES = {"ORCHARD_GROVE", "MEADOWBURN", "HAWTHORN_HOUSE", "RIVERSIDE", "VICTORIA_GARDENS"};
    static final int[] UNITS_PER_HOME = {9, 9, 8, 8, 8};
    static final String[] ROLES = {"SCW", "SCA", "SSCW", "SM", "OM", "ACT_COORD", "ACT_ASST", "SEC_ATTEND", "SCWN", "SCAN", "SSCWN",
            "ADMIN", "HOS", "IDI"};
    static final String[] CERT_TYPES = {"FIRST_AID", "MANUAL_HANDLING", "FIRE_SAFETY", "FOOD_HYGIENE", "MEDICATION", "SAFEGUARDING",
            "INFECTION_CONTROL", "DEMENTIA_CARE", "PVG", "SSSC"};
    static final String[] CERT_STATUS = {"VALID", "EXPIRED", "PENDING", "EXPIRING_SOON"};
    static final String[] INCIDENT_TYPES = {"FALL", "MEDICATION_ERROR", "BEHAVIOUR", "SAFEGUARDING", "INFECTION_OUTBREAK", "NEAR_MISS"};
    static final String[] SEVERITY = {"NO_HARM", "LOW_HARM", "MODERATE_HARM", "MAJOR_HARM"};
    static final String[] RISK = {"LOW", "MODERATE", "HIGH", "CRITICAL"};
    static final String[] METHODS = {"5_WHYS", "FISHBONE", "SWARM", "TIMELINE", "BARRIER"};
    static final String[] PLAN_STATUS = {"IDENTIFIED", "ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED", "CLOSED"};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "legacy-export-5-homes.json");
        long seed = 42;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--seed")) {
                seed = Long.parseLong(args[i + 1]);
            }
        }
        Random random = new Random(seed);
        long counts[] = new long[8];
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            Json json = new Json(w);
            w.write("[\n");
            for (int r = 0; r < ROLES.length; r++) {
                json.record("scheduling.role", String.valueOf(r + 1), "\"name\": \"" + ROLES[r] + "\", \"description\": null, "
                        + "\"is_management\": " + (r >= 3 && r <= 4) + ", \"can_manage_rota\": false, \"required_headcount\": 0, "
                        + "\"color_code\": \"#90EE90\"");
            }
            List<int[]> units = new ArrayList<>(); // {unitPk, homePk}
            int unitPk = 100;
            for (int h = 0; h < HOMES.length; h++) {
                json.record("scheduling.carehome", String.valueOf(h + 1), "\"name\": \"" + HOMES[h] + "\", \"bed_capacity\": 70, "
                        + "\"current_occupancy\": " + (40 + h) + ", \"location_address\": \"" + (h + 1) + " Care Street, Glasgow\", "
                        + "\"postcode\": \"G1" + h + " 1AA\", \"care_inspectorate_id\": \"CS20230123" + (45 + h) + "\", "
                        + "\"registration_number\": \"REG-2023-" + h + "\", \"budget_agency_monthly\": \"9000.00\", "
                        + "\"budget_overtime_monthly\": \"5000.00\", \"home_manager\": null, \"is_active\": true, \"opened_date\": null");
                for (int u = 0; u < UNITS_PER_HOME[h]; u++) {
                    unitPk++;
                    units.add(new int[] {unitPk, h + 1});
                    json.record("scheduling.unit", String.valueOf(unitPk), "\"name\": \"" + HOMES[h].substring(0, 2) + "_UNIT_" + u
                            + "\", \"description\": \"Wing " + u + "\", \"is_active\": true, \"care_home\": " + (h + 1)
                            + ", \"min_day_staff\": 2, \"min_night_staff\": 1, \"min_weekend_staff\": 2, \"ideal_day_staff\": 3, "
                            + "\"ideal_night_staff\": 2");
                }
            }
            String[][] types = {{"44", "DAY_SENIOR", "07:45:00", "20:15:00", "SSCW,SCW"}, {"45", "DAY_ASSISTANT", "08:00:00", "20:00:00", "SCA"},
                    {"46", "NIGHT_SENIOR", "19:45:00", "08:15:00", "SSCW,SCW"}, {"47", "NIGHT_ASSISTANT", "20:00:00", "08:00:00", "SCA"},
                    {"48", "ADMIN", "09:00:00", "17:00:00", "SSCW,SCW"}, {"49", "DAY", "08:00:00", "20:00:00", "SSCW,SCW,SCA"},
                    {"50", "TWILIGHT", "17:00:00", "23:00:00", "SCA,SCW"}};
            for (String[] t : types) {
                json.record("scheduling.shifttype", t[0], "\"name\": \"" + t[1] + "\", \"start_time\": \"" + t[2] + "\", \"end_time\": \""
                        + t[3] + "\", \"duration_hours\": \"12.00\", \"is_active\": true, \"applicable_roles\": \"" + t[4] + "\"");
            }
            for (int a = 1; a <= 4; a++) {
                json.record("scheduling.agencycompany", String.valueOf(a), "\"name\": \"Agency " + a + " Care Staffing\", "
                        + "\"contact_person\": \"J. Smith\", \"contact_email\": \"bookings" + a + "@agency.example\", "
                        + "\"hourly_rate_day\": \"2" + (3 + a) + ".50\", \"hourly_rate_night\": \"2" + (5 + a) + ".00\", \"is_active\": true");
            }
            // Users: staff numbers 100000.., most on a unit, some only on a home unit, some on neither (home from shifts).
            int users = 2700;
            int[] userUnit = new int[users];
            int[] userHome = new int[users];
            int[] userRole = new int[users];
            for (int i = 0; i < users; i++) {
                int[] unit = units.get(i % units.size());
                userUnit[i] = unit[0];
                userHome[i] = unit[1];
                double dice = random.nextDouble();
                userRole[i] = dice < 0.08 ? 0 : dice < 0.45 ? 1 : dice < 0.85 ? 2 : dice < 0.95 ? 3 : 4 + random.nextInt(11);
                String role = userRole[i] == 0 ? "null" : String.valueOf(userRole[i]);
                double where = random.nextDouble();
                String unitField = where < 0.85 ? String.valueOf(userUnit[i]) : "null";
                String homeUnit = where >= 0.85 && where < 0.90 ? String.valueOf(userUnit[i]) : "null";
                json.record("scheduling.user", String.format("\"%06d\"", 100000 + i), "\"password\": \"!redacted\", \"first_name\": \"First"
                        + i + "\", \"last_name\": \"Last" + i + "\", \"email\": \"user" + i + "@example.com\", \"phone_number\": \"0700000"
                        + String.format("%04d", i) + "\", \"role\": " + role + ", \"unit\": " + unitField + ", \"home_unit\": " + homeUnit
                        + ", \"team\": \"" + (i % 7 == 0 ? "MGMT" : i % 11 == 0 ? "D" : String.valueOf((char) ('A' + i % 3))) + "\", "
                        + "\"shift_preference\": \"DAY_SENIOR\", \"is_active\": " + (i % 40 != 0) + ", \"annual_leave_allowance\": 35, "
                        + "\"shifts_per_week_override\": " + (i % 9 == 0 ? "3" : "null") + ", \"created_at\": \"2025-12-12T15:29:23.687Z\", "
                        + "\"groups\": [], \"user_permissions\": []");
                counts[0]++;
            }
            // Shifts: each staffed user works every 5th-9th day or so over 16 weeks: no one is double-booked.
            LocalDate first = LocalDate.of(2026, 1, 5);
            int shiftPk = 0;
            for (int i = 0; i < users; i++) {
                if (userRole[i] >= 3 && userRole[i] != 4 && random.nextDouble() < 0.7) {
                    continue; // managers and others rarely on the rota
                }
                LocalDate day = first.plusDays(random.nextInt(4));
                while (day.isBefore(first.plusWeeks(16))) {
                    shiftPk++;
                    double dice = random.nextDouble();
                    String status = dice < 0.03 ? "UNCOVERED" : dice < 0.06 ? "CANCELLED" : dice < 0.40 ? "CONFIRMED" : "SCHEDULED";
                    double kind = random.nextDouble();
                    String classification = kind < 0.03 ? "AGENCY" : kind < 0.11 ? "OVERTIME" : "REGULAR";
                    double p = random.nextDouble();
                    String pattern = p < 0.06 ? "CUSTOM" : p < 0.2 ? "NIGHT_2000_0800" : "DAY_0800_2000";
                    String type = pattern.startsWith("NIGHT") ? (userRole[i] == 2 ? "47" : "46")
                            : String.valueOf(new int[] {44, 45, 49, 44, 45}[random.nextInt(5)]);
                    int unit = userUnit[i];
                    String custom = pattern.equals("CUSTOM") ? "\"custom_start_time\": \"14:00:00\", \"custom_end_time\": \"22:00:00\""
                            : "\"custom_start_time\": null, \"custom_end_time\": null";
                    String agency = classification.equals("AGENCY") ? "\"agency_company\": " + (1 + random.nextInt(4))
                            + ", \"agency_staff_name\": \"" + (random.nextBoolean() ? "A. Worker" + shiftPk : "") + "\", \"agency_hourly_rate\": "
                            + (random.nextDouble() < 0.8 ? "\"31.00\"" : "null")
                            : "\"agency_company\": null, \"agency_staff_name\": \"\", \"agency_hourly_rate\": null";
                    String overtime = shiftPk % 5 == 0 ? ", \"is_overtime\": " + classification.equals("OVERTIME") : "";
                    json.record("scheduling.shift", String.valueOf(shiftPk), String.format("\"user\": \"%06d\", \"unit\": %d, \"shift_type\": %s, "
                            + "\"date\": \"%s\", \"status\": \"%s\", \"shift_classification\": \"%s\", \"shift_pattern\": \"%s\", %s, %s, "
                            + "\"notes\": \"\", \"created_at\": \"2025-12-16T09:00:00Z\", \"updated_at\": \"2025-12-17T09:00:00Z\", "
                            + "\"created_by\": null%s", 100000 + i, unit, type, day, status, classification, pattern, custom, agency, overtime));
                    counts[1]++;
                    day = day.plusDays(4 + random.nextInt(5));
                }
            }
            // Certifications: about 1.5 per user.
            int certPk = 0;
            for (int i = 0; i < users; i++) {
                int n = random.nextInt(4);
                for (int c = 0; c < n; c++) {
                    certPk++;
                    LocalDate issue = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1100));
                    LocalDate expiry = issue.plusYears(1 + random.nextInt(3));
                    boolean alert = random.nextDouble() < 0.2;
                    json.record("scheduling.staffcertification", String.valueOf(certPk), String.format("\"staff_member\": \"%06d\", "
                            + "\"certification_type\": \"%s\", \"certification_name\": \"Cert %d\", \"issue_date\": \"%s\", \"expiry_date\": \"%s\", "
                            + "\"renewal_date\": null, \"issuing_body\": \"REHIS\", \"certificate_number\": \"C%d\", \"status\": \"%s\", "
                            + "\"certificate_file\": \"%s\", \"days_before_expiry_alert\": 30, \"alert_sent\": %s, \"alert_sent_at\": %s, "
                            + "\"notes\": \"\", \"created_at\": \"2025-06-30T09:00:00Z\"", 100000 + i,
                            CERT_TYPES[random.nextInt(CERT_TYPES.length)], certPk, issue, expiry, certPk,
                            CERT_STATUS[random.nextInt(CERT_STATUS.length)], random.nextDouble() < 0.5 ? "" : "certificates/scan_" + certPk + ".pdf",
                            alert, alert ? "\"" + expiry.minusDays(20) + "T09:00:00Z\"" : "null"));
                    counts[2]++;
                }
            }
            // Incidents, analyses, plans: CAPA numbers in one series, SAP numbers in another that collide with them.
            int incidents = 400;
            int rca = 0;
            int capa = 0;
            int sap = 0;
            for (int k = 1; k <= incidents; k++) {
                int reporter = random.nextInt(users);
                json.record("scheduling.incidentreport", String.valueOf(k), String.format("\"reference_number\": \"INC-2026-%04d\", "
                        + "\"incident_date\": \"%s\", \"incident_time\": \"10:45:00\", \"reported_by\": \"%06d\", \"incident_type\": \"%s\", "
                        + "\"location\": \"Unit, bedroom %d\", \"service_user_name\": \"Resident %d\", \"service_user_dob\": null, "
                        + "\"description\": \"Factual account %d.\", \"immediate_actions\": \"Made safe.\", \"severity\": \"%s\", "
                        + "\"risk_rating\": \"%s\", \"care_inspectorate_notified\": %s, \"police_notified\": false, "
                        + "\"local_authority_notified\": false, \"investigation_required\": %s, \"incident_closed\": %s, \"closed_date\": null",
                        k, first.plusDays(random.nextInt(110)), 100000 + reporter, INCIDENT_TYPES[random.nextInt(INCIDENT_TYPES.length)],
                        k, k, k, SEVERITY[random.nextInt(SEVERITY.length)], RISK[random.nextInt(RISK.length)], random.nextDouble() < 0.1,
                        random.nextDouble() < 0.3, random.nextDouble() < 0.4));
                counts[3]++;
                if (k % 3 == 0) {
                    rca++;
                    json.record("incident_safety.rootcauseanalysis", String.valueOf(rca), String.format("\"incident\": %d, "
                            + "\"analysis_method\": \"%s\", \"status\": \"IN_PROGRESS\", \"lead_investigator\": \"%06d\", "
                            + "\"investigation_team\": [], \"investigation_start_date\": \"2026-02-01\", \"why_1\": \"Stood unaided\", "
                            + "\"why_2\": \"Bell out of reach\", \"why_3\": \"\", \"why_4\": \"\", \"why_5\": \"\", "
                            + "\"factor_people\": \"Agency staff unfamiliar\\nNight cover thin\", \"factor_environment\": \"Poor lighting\", "
                            + "\"factor_processes\": \"\", \"factor_organization\": \"\", \"factor_external\": \"\", "
                            + "\"root_cause_summary\": \"Summary %d\", \"lessons_learned\": \"Lesson %d\", \"recommendations\": \"\"",
                            k, METHODS[random.nextInt(METHODS.length)], 100000 + reporter, rca, rca));
                    counts[4]++;
                    boolean older = random.nextBoolean();
                    String reference = older ? (random.nextDouble() < 0.2 ? "HSAP" : "CAPA") + String.format("-2026-%03d", ++capa)
                            : String.format("SAP-2026-%03d", ++sap);
                    String status = PLAN_STATUS[random.nextInt(PLAN_STATUS.length)];
                    json.record(older ? "incident_safety.correctivepreventiveaction" : "incident_safety.safetyactionplan",
                            String.valueOf(older ? capa : sap), String.format("\"incident\": %d, \"root_cause_analysis\": %d, "
                            + "\"reference_number\": \"%s\", \"action_type\": \"PREVENTIVE\", \"priority\": \"MEDIUM\", \"status\": \"%s\", "
                            + "\"problem_statement\": \"Problem %d\", \"action_description\": \"Action %d\", \"expected_outcome\": \"\", "
                            + "\"action_owner\": \"%06d\", \"supporting_staff\": [], \"identified_date\": \"2026-02-01\", "
                            + "\"target_completion_date\": \"2026-03-01\", \"percent_complete\": %d, \"progress_notes\": \"%s\", "
                            + "\"verified_by\": %s, \"verification_date\": %s, \"effectiveness_review_completed\": %s, "
                            + "\"created_at\": \"2026-02-01T09:00:00Z\", \"updated_at\": \"2026-03-01T09:00:00Z\", \"created_by\": \"%06d\"",
                            k, rca, reference, status, k, k, 100000 + reporter, status.equals("IDENTIFIED") ? 0 : 100,
                            status.equals("IDENTIFIED") ? "" : "Progress on " + reference,
                            status.equals("VERIFIED") || status.equals("CLOSED") ? String.format("\"%06d\"", 100000 + (reporter + 1) % users) : "null",
                            status.equals("VERIFIED") || status.equals("CLOSED") ? "\"2026-03-05\"" : "null", status.equals("CLOSED"),
                            100000 + reporter));
                    counts[5]++;
                }
            }
            for (int p = 1; p <= 30; p++) {
                json.record("auth.permission", String.valueOf(p), "\"name\": \"Can do " + p + "\", \"codename\": \"do_" + p + "\"");
            }
            w.write("\n]\n");
        }
        System.out.printf("wrote %s: %d users, %d shifts, %d certifications, %d incidents, %d analyses, %d plans, %.1f MB%n", out,
                counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], Files.size(out) / 1e6);
    }

    static final class Json {
        private final BufferedWriter w;
        private boolean first = true;

        Json(BufferedWriter w) {
            this.w = w;
        }

        void record(String model, String pk, String fields) throws IOException {
            if (!first) {
                w.write(",\n");
            }
            first = false;
            w.write("{\"model\": \"" + model + "\", \"pk\": " + pk + ", \"fields\": {" + fields + "}}");
        }
    }
}
