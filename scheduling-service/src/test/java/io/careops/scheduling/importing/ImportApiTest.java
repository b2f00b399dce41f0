package io.careops.scheduling.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The scheduling import endpoints against real PostgreSQL: history stored as it happened, what
 * today's rules would refuse flagged, re-runs idempotent by legacy key, dry runs writing nothing.
 */
@QuarkusTest
class ImportApiTest {

    private static ValidatableResponse post(String path, String json) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("[" + json + "]")
                .post("/api/v1/import/" + path).then();
    }

    private static ValidatableResponse postDry(String path, String json) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("[" + json + "]")
                .queryParam("dryRun", true).post("/api/v1/import/" + path).then();
    }

    private record Org(long serial, String home, String unit, String senior, String day, String agency, String assistant) {
    }

    /** A home, a unit, the catalogue's DAY_SENIOR linked, a DAY type created, an agency and an SCA, all through the import API. */
    private static Org organisation() {
        long n = Fixtures.serial();
        String home = post("care-homes", """
                {"legacyPk": "h%d", "name": "Victoria Gardens", "code": "VG%d", "serviceNumber": "CS%010d", "bedCapacity": 70,
                 "occupancy": 38, "address": "1 Blawarthill Pl", "postcode": "G13 3BE", "agencyBudgetMonthly": 9000,
                 "overtimeBudgetMonthly": 5000, "active": true, "findings": []}
                """.formatted(n, n, n % 10_000_000_000L)).statusCode(200).body("outcomes[0].result", equalTo("CREATED"))
                .body("outcomes[0].findings", hasItem(containsString("CLIENT_GROUP_ASSUMED"))).extract().path("outcomes[0].id");
        String unit = post("units", """
                {"legacyPk": "u%d", "careHomeId": "%s", "name": "VG_ROSE", "minDayStaff": 2, "minNightStaff": 1,
                 "minWeekendStaff": 2, "idealDayStaff": 3, "idealNightStaff": 2, "active": true}
                """.formatted(n, home)).statusCode(200).extract().path("outcomes[0].id");
        String senior = post("shift-types", """
                {"legacyPk": "t%d", "code": "DAY_SENIOR", "name": "Day senior", "startTime": "07:45", "endTime": "20:15",
                 "allowedRoles": ["SSCW", "SCW"], "active": true}
                """.formatted(n)).statusCode(200).body("outcomes[0].result", equalTo("CREATED"))
                .body("outcomes[0].id", equalTo(Fixtures.DAY_SENIOR))
                .body("outcomes[0].findings", hasItem(containsString("LINKED"))).extract().path("outcomes[0].id");
        String day = post("shift-types", """
                {"legacyPk": "d%d", "code": "DAY_%d", "name": "Day", "startTime": "08:00", "endTime": "20:00",
                 "allowedRoles": ["SSCW", "SCW", "SCA"], "active": true}
                """.formatted(n, n)).statusCode(200)
                .body("outcomes[0].findings", hasItem(containsString("CREATED_FROM_EXPORT"))).extract().path("outcomes[0].id");
        String agency = post("agency-companies", """
                {"legacyPk": "a%d", "name": "Clydeside %d", "dayHourlyRate": 24.50, "nightHourlyRate": 27.00, "active": true}
                """.formatted(n, n)).statusCode(200).extract().path("outcomes[0].id");
        String assistant = post("staff", """
                {"legacyPk": "%06d", "firstName": "Grace", "lastName": "MacDonald", "roleCode": "SCA", "careHomeId": "%s",
                 "homeUnitId": "%s", "contractedHoursPerWeek": 0, "employmentStart": "2025-12-12", "active": true,
                 "findings": ["EMPLOYMENT_START_DERIVED: 2025-12-12 from the legacy record's creation"]}
                """.formatted(n % 1_000_000, home, unit)).statusCode(200).body("outcomes[0].result", equalTo("CREATED"))
                .extract().path("outcomes[0].id");
        return new Org(n, home, unit, senior, day, agency, assistant);
    }

    private static String shift(Org o, String pk, String date, String start, String end, String status, String classification,
            String staffId, String extra) {
        return """
                {"legacyPk": "%s", "careHomeId": "%s", "unitId": "%s", "shiftTypeId": "%s", "date": "%s", "startTime": "%s",
                 "endTime": "%s", "status": "%s", "classification": "%s", "overtime": %s, "staffId": %s%s}
                """.formatted(pk, o.home, o.unit, o.senior, date, start, end, status, classification, "OVERTIME".equals(classification),
                staffId == null ? "null" : "\"" + staffId + "\"", extra);
    }

    @Test
    void historyIsStoredAsItHappenedAndFlaggedWhereTodaysRulesWouldRefuseIt() {
        Org o = organisation();
        String p = "s" + o.serial + "-";
        post("shifts", String.join(",",
                // a senior shift worked by an assistant: today's role rule refuses it; imported and flagged
                shift(o, p + "1", "2026-01-06", "08:00", "20:00", "CONFIRMED", "REGULAR", o.assistant, ""),
                // legacy UNCOVERED: an open shift
                shift(o, p + "2", "2026-01-07", "08:00", "20:00", "SCHEDULED", "OVERTIME", null,
                        ", \"findings\": [\"OPEN_SHIFT: placeholder user removed\"]"),
                // agency: no staff, the worker's name and rate kept
                shift(o, p + "3", "2026-01-08", "20:00", "08:00", "CONFIRMED", "AGENCY", null,
                        ", \"agencyCompanyId\": \"" + o.agency + "\", \"agencyWorkerName\": \"A. Nowak\", \"agencyHourlyRate\": 31.00"),
                // overlaps shift 1 of the same person: CareOps cannot hold a double booking
                shift(o, p + "4", "2026-01-06", "14:00", "22:00", "CONFIRMED", "REGULAR", o.assistant, ""),
                // a past shift never confirmed
                shift(o, p + "5", "2026-01-09", "08:00", "20:00", "SCHEDULED", "REGULAR", o.assistant, "")
                        .replace(o.senior, o.day)))
                .statusCode(200)
                .body("created", equalTo(4)).body("skipped", equalTo(1))
                .body("outcomes[0].findings", hasItem(containsString("ROLE_NOT_ALLOWED: role SCA may not work DAY_SENIOR")))
                .body("outcomes[1].result", equalTo("CREATED"))
                .body("outcomes[3].result", equalTo("SKIPPED"))
                .body("outcomes[3].reason", containsString("double booking: the same person already works legacy shift " + p + "1"))
                .body("outcomes[4].findings", contains(containsString("PAST_UNCONFIRMED")));

        // The records through the ordinary API: open, agency, exact night times.
        String open = given().auth().oauth2(Fixtures.admin()).get("/api/v1/import/legacy-keys/scheduling.shift/" + p + "2")
                .then().statusCode(200).body("entityType", equalTo("shift")).body("careHomeId", equalTo(o.home))
                .body("findings", hasItem(containsString("OPEN_SHIFT"))).extract().path("id");
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts/" + open).then().statusCode(200)
                .body("staffId", nullValue()).body("status", equalTo("SCHEDULED")).body("overtime", equalTo(true));
        String agency = given().auth().oauth2(Fixtures.admin()).get("/api/v1/import/legacy-keys/scheduling.shift/" + p + "3")
                .then().statusCode(200).extract().path("id");
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts/" + agency).then().statusCode(200)
                .body("staffId", nullValue()).body("agencyWorkerName", equalTo("A. Nowak")).body("agencyHourlyRate", equalTo(31.0f))
                .body("startsAt", equalTo("2026-01-08T20:00:00Z")).body("endsAt", equalTo("2026-01-09T08:00:00Z"));
        // Findings are listed for integrators and administrators.
        given().auth().oauth2(Fixtures.admin()).queryParam("model", "scheduling.shift").queryParam("flagged", true).queryParam("size", 100)
                .get("/api/v1/import/legacy-keys").then().statusCode(200)
                .body("items.legacyPk", hasItem(p + "1")).body("totalItems", notNullValue());
        // The staff number is the business key; the legacy key resolves to the person.
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/import/legacy-keys/scheduling.user/%06d".formatted(o.serial % 1_000_000))
                .then().statusCode(200).body("id", equalTo(o.assistant)).body("code", equalTo("%06d".formatted(o.serial % 1_000_000)));
    }

    @Test
    void importedHistoryOverTheWorkingTimeLimitsIsFlaggedNotRefusedAndReviewedOnce() {
        Org o = organisation();
        String p = "w" + o.serial + "-";
        // 16 weeks of 12-hour days without a day off from 2025-12-15: 84 hours a week on average,
        // over the 48 of reg 4 (no opt-out), which today's rules would refuse shift by shift.
        java.util.List<String> shifts = new java.util.ArrayList<>();
        java.time.LocalDate first = java.time.LocalDate.parse("2025-12-15");
        for (int d = 0; d < 112; d++) {
            shifts.add(shift(o, p + d, first.plusDays(d).toString(), "08:00", "20:00", "WORKED", "REGULAR", o.assistant, "")
                    .replace(o.senior, o.day));
        }
        post("shifts", String.join(",", shifts)).statusCode(200).body("created", equalTo(112)).body("skipped", equalTo(0));

        java.util.List<java.util.Map<String, String>> ours = review().stream()
                .filter(flag -> flag.get("legacyPk").startsWith(p)).toList();
        org.junit.jupiter.api.Assertions.assertFalse(ours.isEmpty(), "the weeks over 48 hours are flagged");
        ours.forEach(flag -> org.junit.jupiter.api.Assertions.assertTrue(flag.get("finding").startsWith("WORKING_TIME: "), flag.toString()));
        java.util.Map<String, String> average = ours.stream()
                .filter(flag -> flag.get("finding").startsWith("WORKING_TIME: AVERAGE_WEEKLY_HOURS (reg 4)")).findFirst().orElseThrow();
        // Kept as it happened, with the finding on its legacy key for the report and for integrators.
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/import/legacy-keys/scheduling.shift/" + average.get("legacyPk"))
                .then().statusCode(200).body("findings", hasItem(average.get("finding")));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts/" + average.get("shiftId")).then().statusCode(200)
                .body("status", equalTo("WORKED")).body("staffId", equalTo(o.assistant));
        // A second review records nothing new.
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(),
                review().stream().filter(flag -> flag.get("legacyPk").startsWith(p)).toList());
        // Administrators only; a page size out of range is a 400.
        given().auth().oauth2(io.careops.platform.test.Tokens.allHomes("manager")).post("/api/v1/import/working-time-review").then().statusCode(403);
        given().auth().oauth2(Fixtures.admin()).queryParam("size", 0).post("/api/v1/import/working-time-review")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    /** Every page of the working-time review; the findings it recorded. */
    private static java.util.List<java.util.Map<String, String>> review() {
        java.util.List<java.util.Map<String, String>> flagged = new java.util.ArrayList<>();
        for (int page = 0; page < 100; page++) {
            io.restassured.path.json.JsonPath answer = given().auth().oauth2(Fixtures.admin()).queryParam("page", page)
                    .queryParam("size", 100).post("/api/v1/import/working-time-review").then().statusCode(200)
                    .extract().jsonPath();
            flagged.addAll(answer.getList("flagged"));
            if (answer.getBoolean("last")) {
                return flagged;
            }
        }
        throw new AssertionError("the review never reached its last page");
    }

    @Test
    void aReRunIsUnchangedAChangedRecordIsUpdatedInPlaceAndADryRunWritesNothing() {
        Org o = organisation();
        String p = "r" + o.serial + "-";
        String first = shift(o, p + "1", "2026-01-12", "08:00", "20:00", "CONFIRMED", "REGULAR", o.assistant, "").replace(o.senior, o.day);
        String id = post("shifts", first).statusCode(200).body("created", equalTo(1)).extract().path("outcomes[0].id");
        post("shifts", first).statusCode(200).body("unchanged", equalTo(1)).body("outcomes[0].id", equalTo(id));
        // The legacy record changed (a later export): the same CareOps record is updated.
        post("shifts", first.replace("\"CONFIRMED\"", "\"CANCELLED\"")).statusCode(200).body("updated", equalTo(1))
                .body("outcomes[0].id", equalTo(id));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));

        // Dry run: the same decisions, nothing stored.
        postDry("shifts", shift(o, p + "2", "2026-01-13", "08:00", "20:00", "CONFIRMED", "REGULAR", o.assistant, "")
                .replace(o.senior, o.day)).statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(1));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/import/legacy-keys/scheduling.shift/" + p + "2").then().statusCode(404);
        // A whole legacy care group in a dry run: ids derived from the legacy keys let later batches refer to earlier ones.
        String home = postDry("care-homes", """
                {"legacyPk": "dry%d", "name": "Dry", "code": "DRY%d", "serviceNumber": "CS%010d", "bedCapacity": 1, "occupancy": 0,
                 "address": "x", "postcode": "y", "agencyBudgetMonthly": 0, "overtimeBudgetMonthly": 0, "active": true}
                """.formatted(o.serial, o.serial, (o.serial + 7) % 10_000_000_000L)).statusCode(200).extract().path("outcomes[0].id");
        postDry("units", """
                {"legacyPk": "dry%d", "careHomeId": "%s", "name": "U", "minDayStaff": 0, "minNightStaff": 0, "minWeekendStaff": 0,
                 "idealDayStaff": 0, "idealNightStaff": 0, "active": true}
                """.formatted(o.serial, home)).statusCode(200).body("created", equalTo(1));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/care-homes/" + home).then().statusCode(404);
    }

    @Test
    void theImportIsForAdministratorsAndRefusesMalformedRecordsWhole() {
        given().auth().oauth2(Tokens.allHomes("manager")).contentType(ContentType.JSON).body("[]").post("/api/v1/import/shifts")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("[]").post("/api/v1/import/shifts").then().statusCode(401);
        post("shifts", "{\"legacyPk\": \"x\"}").statusCode(400).body("errors.field", hasItem(containsString("unitId")));
        post("units", """
                {"legacyPk": "bad-ideal", "careHomeId": "%s", "name": "U", "minDayStaff": 3, "minNightStaff": 1, "minWeekendStaff": 2,
                 "idealDayStaff": 2, "idealNightStaff": 2, "active": true}
                """.formatted(Fixtures.careHome())).statusCode(200).body("skipped", equalTo(1))
                .body("outcomes[0].reason", containsString("ideal staffing below the minimum"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/import/legacy-keys/scheduling.unit/never-imported").then().statusCode(404);
    }
}
