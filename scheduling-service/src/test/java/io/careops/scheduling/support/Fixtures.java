package io.careops.scheduling.support;

import static io.restassured.RestAssured.given;

import io.careops.platform.test.Tokens;
import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Creates the records a scheduling test needs through the API, as an admin of every home. */
public final class Fixtures {

    public static final String DAY_SENIOR = "6d1b6a52-2f0e-4d7c-9c0a-000000000001";
    public static final String DAY_ASSISTANT = "6d1b6a52-2f0e-4d7c-9c0a-000000000002";
    public static final String NIGHT_ASSISTANT = "6d1b6a52-2f0e-4d7c-9c0a-000000000004";

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000_000L);

    private Fixtures() {
    }

    public static long serial() {
        return SERIAL.incrementAndGet();
    }

    public static String admin() {
        return Tokens.allHomes("admin");
    }

    public static UUID careHome() {
        long serial = serial();
        String body = """
                {"name": "Home %d", "code": "H%d", "serviceNumber": "CS%010d", "bedCapacity": 60, "occupancy": 50,
                 "address": "1 Test Street, Glasgow", "postcode": "G1 1AA"}
                """.formatted(serial, serial, serial % 10_000_000_000L);
        return UUID.fromString(post("/api/v1/care-homes", body));
    }

    public static UUID unit(UUID careHome) {
        String body = """
                {"careHomeId": "%s", "name": "UNIT_%d"}
                """.formatted(careHome, serial());
        return UUID.fromString(post("/api/v1/units", body));
    }

    public static UUID staff(UUID careHome, String role) {
        return staff(careHome, role, "2020-01-01");
    }

    public static UUID staff(UUID careHome, String role, String employmentStart) {
        return staff(careHome, role, employmentStart, null);
    }

    public static UUID staffWithRate(UUID careHome, String role, String hourlyRate) {
        return staff(careHome, role, "2020-01-01", hourlyRate);
    }

    private static UUID staff(UUID careHome, String role, String employmentStart, String hourlyRate) {
        String body = """
                {"staffNumber": "%06d", "firstName": "Grace", "lastName": "MacDonald%d", "roleCode": "%s",
                 "careHomeId": "%s", "contractedHoursPerWeek": 37.5, "employmentStart": "%s", "hourlyRate": %s}
                """.formatted(serial() % 1_000_000, serial(), role, careHome, employmentStart, hourlyRate);
        return UUID.fromString(post("/api/v1/staff", body));
    }

    /** The staff number of a staff record, to put in a token's staff_number claim. */
    public static String staffNumber(UUID staffId) {
        return given().auth().oauth2(admin()).get("/api/v1/staff/" + staffId).then().statusCode(200)
                .extract().path("staffNumber");
    }

    /** A staff-only (self-service) token linked to the staff record, seeing its home. */
    public static String staffToken(UUID staffId, UUID careHome) {
        return Tokens.person("staff", staffNumber(staffId), careHome);
    }

    public static UUID agency(String dayRate, String nightRate) {
        String body = """
                {"name": "Agency %d", "dayHourlyRate": %s, "nightHourlyRate": %s}
                """.formatted(serial(), dayRate, nightRate);
        return UUID.fromString(post("/api/v1/agency-companies", body));
    }

    private static String post(String path, String body) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }
}
