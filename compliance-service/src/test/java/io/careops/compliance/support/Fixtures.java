package io.careops.compliance.support;

import static io.restassured.RestAssured.given;

import io.careops.platform.test.Tokens;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds test data through the API, as a manager of every home. */
public final class Fixtures {

    private static final AtomicInteger STAFF_NUMBERS = new AtomicInteger(300000);

    private Fixtures() {
    }

    public static String nextStaffNumber() {
        return Integer.toString(STAFF_NUMBERS.incrementAndGet());
    }

    public static SchedulingStub.Staff staff(UUID home, String role, String lastName) {
        return SchedulingStub.register(home, nextStaffNumber(), "Test", lastName, role, LocalDate.of(2024, 1, 8));
    }

    /** Records a certification; {@code expiry} null takes the type's default. */
    public static String certify(SchedulingStub.Staff staff, String type, LocalDate issued, LocalDate expiry,
            boolean awaitingEvidence) {
        String body = """
                {"careHomeId": "%s", "staffId": "%s", "staffNumber": "%s", "certificationType": "%s",
                 "issueDate": "%s", %s "awaitingEvidence": %s}
                """.formatted(staff.careHomeId(), staff.id(), staff.staffNumber(), type, issued,
                expiry == null ? "" : "\"expiryDate\": \"" + expiry + "\",", awaitingEvidence);
        return given().auth().oauth2(Tokens.allHomes("manager")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/certifications").then().statusCode(201).extract().path("id");
    }

    /** A certification that expires on {@code expiry}, issued a year before (or on the day, if sooner). */
    public static String expiringOn(SchedulingStub.Staff staff, String type, LocalDate expiry) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        LocalDate issued = expiry.minusYears(1);
        if (issued.isAfter(today)) {
            issued = today;
        }
        return certify(staff, type, issued, expiry, false);
    }
}
