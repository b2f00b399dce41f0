package io.careops.scheduling.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Records as the legacy export holds them (values from the legacy data export described in docs/domain.md section 0) are representable. */
@QuarkusTest
class LegacyRecordsApiTest {

    private static Response post(String path, String json) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(json).post(path);
    }

    @Test
    void theLegacyHomeUserWithoutARoleAndAgencyAreKeptWholly() {
        long serial = Fixtures.serial();
        String home = post("/api/v1/care-homes", """
                {"name": "Victoria Gardens", "code": "VG_%d", "serviceNumber": "CS%010d", "registrationNumber": "REG-2023-VG",
                 "bedCapacity": 70, "occupancy": 38, "address": "1 Blawarthill Pl, Glasgow", "postcode": "G13 3BE",
                 "phone": "0141 483 7010", "email": "victoria.gardens@example.com", "openedOn": "2023-01-09",
                 "agencyBudgetMonthly": 9000.00, "overtimeBudgetMonthly": 5000.00}
                """.formatted(serial, serial)).then().statusCode(201)
                .body("registrationNumber", equalTo("REG-2023-VG")).body("phone", equalTo("0141 483 7010"))
                .body("openedOn", equalTo("2023-01-09")).extract().path("id");

        String roleless = post("/api/v1/staff", """
                {"staffNumber": "%06d", "firstName": "Grace", "lastName": "MacDonald", "email": "grace.macdonald.1693@example.com",
                 "phone": "07000001694", "careHomeId": "%s", "team": "A", "shiftPreference": "DAY_SENIOR",
                 "contractedHoursPerWeek": 37.5, "annualLeaveDays": 35, "employmentStart": "2020-01-01"}
                """.formatted(serial % 1_000_000, home)).then().statusCode(201)
                .body("roleCode", nullValue()).body("annualLeaveDays", equalTo(35)).body("phone", equalTo("07000001694"))
                .extract().path("id");

        post("/api/v1/agency-companies", """
                {"name": "Clydeside Care Staffing %d", "contactPerson": "J. Moffat", "contactEmail": "bookings@clydeside.example",
                 "contactPhone": "0141 000 0001", "accountNumber": "CCS-0042", "notes": "", "dayHourlyRate": 24.50,
                 "nightHourlyRate": 27.00}
                """.formatted(serial)).then().statusCode(201).body("accountNumber", equalTo("CCS-0042"));

        // Without a role, a person may work only shift types open to any role.
        String unit = Fixtures.unit(java.util.UUID.fromString(home)).toString();
        // The legacy "unit" (where someone works now) beside the home unit.
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON)
                .body("{\"assignedUnitId\": \"" + unit + "\"}").patch("/api/v1/staff/" + roleless)
                .then().statusCode(200).body("assignedUnitId", equalTo(unit));
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON)
                .body("{\"assignedUnitId\": \"" + Fixtures.unit(Fixtures.careHome()) + "\"}").patch("/api/v1/staff/" + roleless)
                .then().statusCode(422).body("errors[0].field", equalTo("assignedUnitId"));
        post("/api/v1/shifts", """
                {"unitId": "%s", "date": "2026-01-06", "shiftTypeId": "%s", "staffId": "%s"}
                """.formatted(unit, Fixtures.DAY_SENIOR, roleless)).then().statusCode(422);
        post("/api/v1/shifts", """
                {"unitId": "%s", "date": "2026-01-06", "startTime": "09:00", "endTime": "17:00", "staffId": "%s",
                 "shiftTypeId": "6d1b6a52-2f0e-4d7c-9c0a-000000000005"}
                """.formatted(unit, roleless)).then().statusCode(201);
    }
}
