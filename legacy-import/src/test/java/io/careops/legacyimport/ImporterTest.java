package io.careops.legacyimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's mappings, report and bad-input handling, on the sample export and on hand-made dirty records. */
class ImporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path file = dir.resolve("sample_export.json");
        try (var in = ImporterTest.class.getResourceAsStream("/sample_export.json")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private record Run(int code, JsonNode report, String out, String err) {
        JsonNode model(String model) {
            return report.path("models").path(model);
        }
    }

    private Run run(FakeServices fake, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path reportFile = dir.resolve("report-" + System.nanoTime() + ".json");
        List<String> all = new ArrayList<>(List.of("--report", reportFile.toString()));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), fake.env(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, JSON.readTree(reportFile.toFile()), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path export(String records) throws Exception {
        Path file = dir.resolve("export-" + System.nanoTime() + ".json");
        Files.writeString(file, "[" + records + "]");
        return file;
    }

    /** A minimal organisation the dirty records build on: home 1, unit 10, role 1 (SCA), shift type 44, agency 1, user 000001. */
    private static final String BASE = """
            {"model": "scheduling.role", "pk": 1, "fields": {"name": "SCA"}},
            {"model": "scheduling.carehome", "pk": 1, "fields": {"name": "ORCHARD_GROVE", "bed_capacity": 60, "current_occupancy": 50,
              "location_address": "1 Test St", "postcode": "G1 1AA", "care_inspectorate_id": "CS2023012345",
              "budget_agency_monthly": "9000.00", "budget_overtime_monthly": "5000.00", "is_active": true}},
            {"model": "scheduling.carehome", "pk": 2, "fields": {"name": "MEADOWBURN", "bed_capacity": 60, "current_occupancy": 50,
              "location_address": "2 Test St", "postcode": "G1 1AB", "care_inspectorate_id": "CS2023012346",
              "budget_agency_monthly": "9000.00", "budget_overtime_monthly": "5000.00", "is_active": true}},
            {"model": "scheduling.unit", "pk": 10, "fields": {"name": "OG_ROSE", "care_home": 1, "min_day_staff": 2, "min_night_staff": 1,
              "min_weekend_staff": 2, "ideal_day_staff": 3, "ideal_night_staff": 2, "is_active": true}},
            {"model": "scheduling.unit", "pk": 20, "fields": {"name": "MB_LILY", "care_home": 2, "min_day_staff": 2, "min_night_staff": 1,
              "min_weekend_staff": 2, "ideal_day_staff": 3, "ideal_night_staff": 2, "is_active": true}},
            {"model": "scheduling.shifttype", "pk": 44, "fields": {"name": "DAY_SENIOR", "start_time": "07:45:00", "end_time": "20:15:00",
              "applicable_roles": "SSCW,SCW", "is_active": true}},
            {"model": "scheduling.agencycompany", "pk": 1, "fields": {"name": "Clydeside", "hourly_rate_day": "24.50",
              "hourly_rate_night": "27.00", "is_active": true}},
            {"model": "scheduling.user", "pk": "000001", "fields": {"first_name": "Ann", "last_name": "Bell", "role": 1, "unit": 10,
              "home_unit": null, "team": "A", "is_active": true, "created_at": "2025-12-12T10:00:00Z"}}
            """;

    private static String shift(int pk, String user, int unit, String date, String status, String classification, String pattern,
            String extra) {
        return """
                {"model": "scheduling.shift", "pk": %d, "fields": {"user": "%s", "unit": %d, "shift_type": 44, "date": "%s",
                  "status": "%s", "shift_classification": "%s", "shift_pattern": "%s", "custom_start_time": null,
                  "custom_end_time": null, "agency_company": null, "agency_staff_name": "", "agency_hourly_rate": null%s}}
                """.formatted(pk, user, unit, date, status, classification, pattern, extra);
    }

    @Test
    void theSampleImportsWithEveryRecordAccountedFor() throws Exception {
        try (FakeServices fake = new FakeServices()) {
            Run first = run(fake, sample().toString());
            assertEquals(0, first.code(), first.err());
            assertEquals("COMPLETE", first.report().path("outcome").asText());
            Map<String, Integer> expected = Map.ofEntries(Map.entry("scheduling.shift", 494), Map.entry("scheduling.staffcertification", 171),
                    Map.entry("scheduling.user", 48), Map.entry("scheduling.role", 14), Map.entry("scheduling.incidentreport", 14),
                    Map.entry("scheduling.unit", 6), Map.entry("scheduling.shifttype", 6),
                    Map.entry("incident_safety.correctivepreventiveaction", 5), Map.entry("incident_safety.rootcauseanalysis", 4),
                    Map.entry("scheduling.agencycompany", 2), Map.entry("scheduling.carehome", 1),
                    Map.entry("incident_safety.safetyactionplan", 1));
            expected.forEach((model, total) -> {
                JsonNode m = first.model(model);
                assertEquals(total, m.path("total").asInt(), model);
                assertEquals(m.path("total").asInt(), m.path("created").asInt() + m.path("updated").asInt()
                        + m.path("unchanged").asInt() + m.path("skipped").size(), model + ": total = created + updated + unchanged + skipped");
            });

            // UNCOVERED: an open shift, the placeholder user gone (17 in the sample).
            long open = fake.received.get("shifts").values().stream().filter(s -> s.path("findings").toString().contains("OPEN_SHIFT")).count();
            assertEquals(17, open);
            fake.received.get("shifts").values().stream().filter(s -> s.path("findings").toString().contains("OPEN_SHIFT"))
                    .forEach(s -> {
                        assertTrue(s.path("staffId").isNull());
                        assertEquals("SCHEDULED", s.path("status").asText());
                    });
            // AGENCY: no staff, the agency worker's name and rate kept (15 in the sample).
            JsonNode agency = fake.record("shifts", "16");
            assertTrue(agency.path("staffId").isNull());
            assertEquals("A. Nowak", agency.path("agencyWorkerName").asText());
            assertEquals(31.00, agency.path("agencyHourlyRate").asDouble());
            assertEquals(15, fake.received.get("shifts").values().stream()
                    .filter(s -> "AGENCY".equals(s.path("classification").asText())).count());
            // Patterns and custom times become exact times.
            assertEquals("08:00", fake.record("shifts", "1").path("startTime").asText());
            assertEquals("20:00", fake.record("shifts", "1").path("endTime").asText());
            assertEquals("14:00", fake.record("shifts", "6").path("startTime").asText());
            assertEquals("22:00", fake.record("shifts", "6").path("endTime").asText());
            // The shift type DAY, missing from the catalogue, is sent to be created from the export.
            JsonNode day = fake.record("shift-types", "49");
            assertEquals("DAY", day.path("code").asText());
            assertEquals("[\"SSCW\",\"SCW\",\"SCA\"]", day.path("allowedRoles").toString());
            // Users: a derived employment start, flagged; no unit: home from the shifts, or skipped with the reason.
            fake.received.get("staff").values().forEach(u -> assertTrue(u.path("findings").toString().contains("EMPLOYMENT_START_DERIVED")));
            JsonNode users = first.model("scheduling.user");
            assertEquals(48, fake.received.get("staff").size() + users.path("skipped").size());
            users.path("skipped").forEach(s -> assertTrue(s.path("reason").asText().contains("cannot be derived"), s.toString()));
            // Certifications pass their legacy status, alert history and file path on for the compliance service to map.
            assertEquals(41, fake.received.get("certifications").values().stream()
                    .filter(c -> "PENDING".equals(c.path("legacyStatus").asText())).count()
                    + first.model("scheduling.staffcertification").path("skipped").size() * 0);
            assertTrue(fake.received.get("certifications").values().stream().anyMatch(c -> c.path("alertSent").asBoolean()));
            // Incidents keep their legacy number; 5_WHYS becomes FIVE_WHYS with its chain of answers.
            assertEquals("INC-2026-0001", fake.record("incidents", "1").path("legacyReference").asText());
            JsonNode whys = fake.record("analyses", "1");
            assertEquals("FIVE_WHYS", whys.path("method").asText());
            assertEquals(3, whys.path("whys").size());
            assertEquals(2, whys.path("causes").path("PEOPLE").size());
            // The SAP- plan is sent before every CAPA- plan.
            assertTrue(fake.order.indexOf("action-plans:1") < fake.order.indexOf("capas:1"));
            // Once the shifts are in, scheduling reviews their working time; what it flags is in the report.
            assertEquals(1, fake.reviews.get());
            assertTrue(first.model("scheduling.shift").path("flagged").toString()
                    .contains("{\"pk\":\"1\",\"finding\":\"WORKING_TIME: test\"}"), first.model("scheduling.shift").toString());

            // A second run: everything unchanged.
            Run second = run(fake, sample().toString());
            assertEquals(0, second.code());
            expected.forEach((model, total) -> {
                JsonNode m = second.model(model);
                assertEquals(m.path("total").asInt() - m.path("skipped").size(), m.path("unchanged").asInt(), model);
                assertEquals(0, m.path("created").asInt() + m.path("updated").asInt(), model);
            });
        }
    }

    @Test
    void aDryRunSendsEverythingAsDryRunAndReportsTheSame() throws Exception {
        try (FakeServices fake = new FakeServices()) {
            Run dry = run(fake, "--dry-run", sample().toString());
            assertEquals(0, dry.code());
            assertTrue(dry.report().path("dryRun").asBoolean());
            assertTrue(dry.out().contains("DRY RUN"));
            assertEquals(0, fake.reviews.get(), "a dry run wrote no shifts, so asks for no working-time review");
            Run real = run(fake, sample().toString());
            // The fake remembers nothing from a dry run: the real run creates what the dry run said it would.
            for (String model : Scan.MODELS) {
                assertEquals(dry.model(model).path("created").asInt(), real.model(model).path("created").asInt(), model);
                assertEquals(dry.model(model).path("skipped").size(), real.model(model).path("skipped").size(), model);
            }
        }
    }

    @Test
    void dirtyShiftsAreMappedAndFlaggedNotFixed() throws Exception {
        try (FakeServices fake = new FakeServices()) {
            Path file = export(BASE + ","
                    + shift(1, "000001", 10, "2026-01-05", "SCHEDULED", "REGULAR", "CUSTOM", ", \"custom_start_time\": null") .replace("\"custom_start_time\": null, \"custom_end_time\": null, ", "") + ","
                    + shift(2, "000001", 10, "2026-01-06", "COMPLETED", "REGULAR", "NIGHT_2000_0800", ", \"is_overtime\": true") + ","
                    + shift(3, "000001", 10, "2026-01-07", "PENDING_VERIFICATION", "REGULAR", "DAY_0800_2000", "") + ","
                    + shift(4, "000001", 10, "2026-01-08", "CONFIRMED", "AGENCY", "DAY_0800_2000", "").replace("\"agency_company\": null", "\"agency_company\": 1") + ","
                    + shift(5, "000001", 10, "2026-01-09", "UNCOVERED", "OVERTIME", "DAY_0800_2000", ""));
            Run result = run(fake, file.toString());
            assertEquals(0, result.code(), result.err());
            JsonNode custom = fake.record("shifts", "1");
            assertEquals("07:45", custom.path("startTime").asText());
            assertTrue(custom.path("findings").toString().contains("TIMES_FROM_SHIFT_TYPE"));
            JsonNode completed = fake.record("shifts", "2");
            assertEquals("WORKED", completed.path("status").asText());
            assertTrue(completed.path("overtime").asBoolean(), "is_overtime carried over");
            assertEquals("20:00", completed.path("startTime").asText());
            assertEquals("08:00", completed.path("endTime").asText());
            assertNull(fake.record("shifts", "3"));
            assertEquals("status 'PENDING_VERIFICATION' has no meaning in CareOps",
                    result.model("scheduling.shift").path("skipped").get(0).path("reason").asText());
            JsonNode agency = fake.record("shifts", "4");
            assertTrue(agency.path("staffId").isNull());
            assertEquals(24.50, agency.path("agencyHourlyRate").asDouble());
            assertTrue(agency.path("findings").toString().contains("AGENCY_RATE_FROM_COMPANY"));
            assertTrue(agency.path("findings").toString().contains("AGENCY_WORKER_UNNAMED"));
            assertTrue(agency.path("findings").toString().contains("AGENCY_PLACEHOLDER_REMOVED"));
            JsonNode uncovered = fake.record("shifts", "5");
            assertTrue(uncovered.path("staffId").isNull());
            assertTrue(uncovered.path("overtime").asBoolean());
            // Flagged findings are listed in the report under the model.
            assertTrue(result.model("scheduling.shift").path("flagged").size() >= 5);
        }
    }

    @Test
    void aUsersHomeComesFromTheUnitOrTheShiftsAndIsNeverGuessed() throws Exception {
        try (FakeServices fake = new FakeServices()) {
            Path file = export(BASE + ","
                    + """
                    {"model": "scheduling.user", "pk": "000002", "fields": {"first_name": "No", "last_name": "Unit", "role": null,
                      "unit": null, "home_unit": null, "is_active": true, "created_at": "2025-12-12T10:00:00Z"}},
                    {"model": "scheduling.user", "pk": "000003", "fields": {"first_name": "Two", "last_name": "Homes", "role": 1,
                      "unit": null, "home_unit": null, "is_active": true}},
                    {"model": "scheduling.user", "pk": "000004", "fields": {"first_name": "No", "last_name": "Trace", "role": 1,
                      "unit": null, "home_unit": null, "is_active": true}},
                    """
                    + shift(1, "000002", 20, "2025-11-03", "CONFIRMED", "REGULAR", "DAY_0800_2000", "") + ","
                    + shift(2, "000003", 10, "2026-01-05", "CONFIRMED", "REGULAR", "DAY_0800_2000", "") + ","
                    + shift(3, "000003", 20, "2026-01-06", "CONFIRMED", "REGULAR", "DAY_0800_2000", ""));
            Run result = run(fake, file.toString());
            assertEquals(0, result.code(), result.err());
            JsonNode fromShifts = fake.record("staff", "000002");
            assertNotNull(fromShifts);
            assertTrue(fromShifts.path("findings").toString().contains("HOME_FROM_SHIFTS"));
            assertTrue(fromShifts.path("findings").toString().contains("NO_ROLE"));
            // The first shift is before the record was created: employment start from it.
            assertEquals("2025-11-03", fromShifts.path("employmentStart").asText());
            assertNull(fake.record("staff", "000003"));
            assertNull(fake.record("staff", "000004"));
            String skipped = result.model("scheduling.user").path("skipped").toString();
            assertTrue(skipped.contains("shifts in 2 homes"), skipped);
            assertTrue(skipped.contains("no unit, no home unit and no staffed shifts"), skipped);
            // Their shifts are skipped with the reason, not dropped.
            assertEquals(2, result.model("scheduling.shift").path("skipped").size());
        }
    }

    @Test
    void swarmAnalysesAndPlanReferencesInAnyOrder() throws Exception {
        try (FakeServices fake = new FakeServices()) {
            String plan = """
                    {"model": "incident_safety.%s", "pk": %d, "fields": {"incident": 1, "root_cause_analysis": 1,
                      "reference_number": "%s", "action_type": "CORRECTIVE", "priority": "HIGH", "status": "%s",
                      "problem_statement": "p", "action_description": "a", "action_owner": "000001", "identified_date": "2026-01-10",
                      "target_completion_date": null, "percent_complete": 100, "progress_notes": "done",
                      "verified_by": "000001", "verification_date": "2026-01-20", "effectiveness_review_completed": false,
                      "created_at": "2026-01-10T09:00:00Z", "updated_at": "2026-01-21T09:00:00Z", "created_by": "000001"}}
                    """;
            Path file = export(BASE + ","
                    + plan.formatted("correctivepreventiveaction", 1, "CAPA-2026-001", "CLOSED") + ","
                    + plan.formatted("correctivepreventiveaction", 2, "HSAP-2026-001", "VERIFIED") + ","
                    + """
                    {"model": "scheduling.incidentreport", "pk": 1, "fields": {"reference_number": "INC-2026-0001",
                      "incident_date": "2026-01-09", "incident_time": "10:00:00", "reported_by": "000001", "incident_type": "FALL",
                      "severity": "LOW_HARM", "risk_rating": "MEDIUM", "description": "d", "incident_closed": false}},
                    {"model": "incident_safety.rootcauseanalysis", "pk": 1, "fields": {"incident": 1, "analysis_method": "SWARM",
                      "status": "IN_PROGRESS", "lead_investigator": "000001", "investigation_start_date": "2026-01-09",
                      "why_1": "", "factor_people": "Tired\\n\\nRushed", "factor_environment": "", "investigation_team": ["000001"]}},
                    """
                    + plan.formatted("safetyactionplan", 1, "SAP-2026-001", "IN_PROGRESS") + ","
                    + """
                    {"model": "auth.permission", "pk": 1, "fields": {"name": "x"}},
                    {"model": "auth.permission", "pk": 2, "fields": {"name": "y"}}
                    """);
            Run result = run(fake, file.toString());
            assertEquals(0, result.code(), result.err());
            JsonNode swarm = fake.record("analyses", "1");
            assertEquals("FISHBONE", swarm.path("method").asText());
            assertTrue(swarm.path("findings").toString().contains("METHOD_SWARM"));
            assertEquals("[\"Tired\",\"Rushed\"]", swarm.path("causes").path("PEOPLE").toString());
            assertEquals("MODERATE", fake.record("incidents", "1").path("riskRating").asText());
            // SAP first, though last in the file; CAPA and HSAP after it.
            assertTrue(fake.order.indexOf("action-plans:1") < fake.order.indexOf("capas:1"));
            assertTrue(fake.order.indexOf("action-plans:1") < fake.order.indexOf("capas:2"));
            JsonNode capa = fake.record("capas", "1");
            assertEquals("2026-01-17", capa.path("targetDate").asText(), "derived from the HIGH priority");
            String findings = capa.path("findings").toString();
            assertTrue(findings.contains("TARGET_DERIVED") && findings.contains("CLOSED_WITHOUT_REVIEW")
                    && findings.contains("SELF_VERIFIED"), findings);
            assertEquals("done", capa.path("progressNotes").asText());
            assertEquals("2026-01-20", capa.path("verifiedOn").asText());
            // Unknown models are ignored and counted.
            assertEquals(2, result.report().path("unknownModels").path("auth.permission").asInt());
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingWritten() throws Exception {
        String[][] cases = {
                {"model,pk,fields\nscheduling.role,1,SCA", "not JSON"},
                {"[{\"model\": \"scheduling.role\", \"pk\": 1, \"fields\": {\"name\": ", "not JSON"},
                {"{\"model\": \"scheduling.role\", \"pk\": 1, \"fields\": {}}", "not a dumpdata export"},
                {"[1, 2]", "not a dumpdata export"},
                {"[" + BASE + "," + shift(1, "999999", 10, "2026-01-05", "SCHEDULED", "REGULAR", "DAY_0800_2000", "") + "]",
                        "dangling foreign key"},
                {"[" + BASE + "," + shift(1, "000001", 10, "2026-01-05", "SCHEDULED", "REGULAR", "DAY_0800_2000", "") + ","
                        + shift(1, "000001", 10, "2026-01-06", "SCHEDULED", "REGULAR", "DAY_0800_2000", "") + "]", "duplicate pk"},
                {"[" + BASE + "," + shift(1, "000001", 10, "2026-02-30", "SCHEDULED", "REGULAR", "DAY_0800_2000", "") + "]",
                        "'2026-02-30' is not a possible date"},
                {"[" + BASE + "," + shift(1, "000001", 10, "2026-02-03", "SCHEDULED", "REGULAR", "CUSTOM",
                        "").replace("\"custom_start_time\": null", "\"custom_start_time\": \"25:00:00\"") + "]", "not a possible time"},
        };
        for (String[] c : cases) {
            try (FakeServices fake = new FakeServices()) {
                Path file = dir.resolve("bad-" + System.nanoTime() + ".json");
                Files.writeString(file, c[0]);
                Run result = run(fake, file.toString());
                assertEquals(2, result.code(), c[1]);
                assertEquals("REFUSED", result.report().path("outcome").asText());
                String said = result.report().path("message").asText() + result.report().path("errors").toString();
                assertTrue(said.contains(c[1]), said);
                assertTrue(result.err().contains("nothing written"), result.err());
                assertTrue(fake.received.isEmpty(), "nothing sent for " + c[1]);
            }
        }
    }

    @Test
    void aServiceThatGoesDownStopsTheRunCleanlyAndTheNextRunResumes() throws Exception {
        try (FakeServices fake = new FakeServices()) {
            fake.failFromBatch = 5;
            Run stopped = run(fake, "--batch", "50", sample().toString());
            assertEquals(3, stopped.code());
            assertEquals("STOPPED", stopped.report().path("outcome").asText());
            assertTrue(stopped.report().path("message").asText().contains("run the same command again to resume"));
            fake.failFromBatch = 0;
            Run resumed = run(fake, "--batch", "50", sample().toString());
            assertEquals(0, resumed.code(), resumed.err());
            assertTrue(resumed.model("scheduling.role").path("unchanged").asInt() > 0, "written before the outage: unchanged");
            assertEquals(494, resumed.model("scheduling.shift").path("total").asInt());
            assertEquals(0, resumed.model("scheduling.shift").path("unchanged").asInt());
        }
    }

    @Test
    void usageAndConfigurationProblemsExitWithOne() throws Exception {
        try (FakeServices fake = new FakeServices()) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(1, Main.run(new String[] {}, fake.env(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertEquals(1, Main.run(new String[] {sample().toString()}, Map.of(), System.out,
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("CAREOPS_SCHEDULING_URL is not set"));
            assertFalse(fake.batches.get() > 0);
        }
    }
}
