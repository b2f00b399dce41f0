package io.careops.scheduling.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.CertificationStub;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scheduling's domain events are written to the outbox in the transaction of their change: one per
 * change, with the home and the record, and none when the change is refused.
 */
@QuarkusTest
@WithTestResource(CertificationStub.class)
class RotaEventsApiTest {

    private static final String P = "io.careops.scheduling.";

    @Inject
    DataSource dataSource;

    UUID home;
    UUID unit;
    LocalDate day;
    String manager;
    UUID a;
    UUID b;

    @BeforeEach
    void setUp() {
        CertificationStub.mode = CertificationStub.Mode.UP;
        long serial = Fixtures.serial();
        home = UUID.fromString(given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"name": "Events %d", "code": "E%d", "serviceNumber": "CS%010d", "bedCapacity": 10, "occupancy": 5,
                 "address": "2 Test Street, Glasgow", "postcode": "G2 2BB", "workingTimeReferenceWeeks": 17,
                 "workingTimeSpecialCase": false}
                """.formatted(serial, serial, serial % 10_000_000_000L)).post("/api/v1/care-homes").then()
                .statusCode(201).extract().path("id"));
        unit = Fixtures.unit(home);
        day = LocalDate.now().plusDays(63).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        manager = Tokens.of("manager", home);
        a = Fixtures.staff(home, "SCA");
        b = Fixtures.staff(home, "SCA");
    }

    private String shift(LocalDate date, String start, String end, UUID staff) {
        return post(manager, "/api/v1/shifts", """
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "unpaidBreakMinutes": 30, "staffId": %s}
                """.formatted(unit, date, start, end, staff == null ? "null" : "\"" + staff + "\"")).then().statusCode(201)
                .extract().path("id");
    }

    private static Response post(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path);
    }

    /** The events of a subject, oldest first: "type state-or-status staffId". */
    private List<String> events(String subject) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                SELECT type, COALESCE(data ->> 'state', data ->> 'status'), data ->> 'staffId', care_home_id, source
                FROM outbox_event WHERE subject = ? ORDER BY occurred_at, id""")) {
            q.setString(1, subject);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    assertThat(row.getObject(4, UUID.class)).isEqualTo(home);
                    assertThat(row.getString(5)).isEqualTo("/scheduling-service");
                    found.add(row.getString(1).substring(P.length()) + " " + row.getString(2)
                            + (row.getString(3) == null ? "" : " " + row.getString(3)));
                }
            }
        }
        return found;
    }

    @Test
    void shiftsArePublishedAssignedChangedAndCancelledAsEvents() throws Exception {
        String planned = shift(day, "08:00", "14:00", a);
        assertThat(events("shifts/" + planned)).containsExactly("shift.published SCHEDULED " + a);

        String open = shift(day, "14:00", "20:00", null);
        post(manager, "/api/v1/shifts/" + open + "/assignment", "{\"staffId\": \"" + b + "\"}").then().statusCode(200);
        assertThat(events("shifts/" + open)).containsExactly("shift.published SCHEDULED", "shift.assigned SCHEDULED " + b);

        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"unpaidBreakMinutes\": 60}")
                .patch("/api/v1/shifts/" + planned).then().statusCode(200);
        // Refused changes write nothing: a stale version, an assignment that clashes.
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"unpaidBreakMinutes\": 45, \"version\": 0}")
                .patch("/api/v1/shifts/" + planned).then().statusCode(409);
        post(manager, "/api/v1/shifts/" + open + "/assignment", "{\"staffId\": \"" + a + "\"}").then()
                .statusCode(org.hamcrest.Matchers.oneOf(409, 422));
        post(manager, "/api/v1/shifts/" + planned + "/cancellation", "").then().statusCode(200);
        assertThat(events("shifts/" + planned)).containsExactly("shift.published SCHEDULED " + a,
                "shift.changed SCHEDULED " + a, "shift.cancelled CANCELLED " + a);
        assertThat(events("shifts/" + open)).hasSize(2);
    }

    @Test
    void leaveRequestsAndDecisionsAreEvents() throws Exception {
        LocalDate first = day.plusDays(7);
        String absence = post(manager, "/api/v1/absences", """
                {"staffId": "%s", "type": "ANNUAL_LEAVE", "firstDay": "%s", "lastDay": "%s"}
                """.formatted(a, first, first.plusDays(2))).then().statusCode(201).extract().path("id");
        post(manager, "/api/v1/absences/" + absence + "/decision", "{\"state\": \"APPROVED\"}").then().statusCode(200);
        post(manager, "/api/v1/absences/" + absence + "/decision", "{\"state\": \"REQUESTED\"}").then().statusCode(409);
        assertThat(events("absences/" + absence)).containsExactly("leave.requested REQUESTED " + a,
                "leave.decided APPROVED " + a);
    }

    @Test
    void swapRequestsAndDecisionsAreEvents() throws Exception {
        String mine = shift(day, "08:00", "14:00", a);
        String swap = post(Fixtures.staffToken(a, home), "/api/v1/shift-swaps", """
                {"shiftId": "%s", "toStaffId": "%s"}""".formatted(mine, b)).then().statusCode(201).extract().path("id");
        post(Fixtures.staffToken(b, home), "/api/v1/shift-swaps/" + swap + "/acceptance", "{}").then().statusCode(200);
        post(manager, "/api/v1/shift-swaps/" + swap + "/approval", "{}").then().statusCode(200);
        assertThat(events("shift-swaps/" + swap)).containsExactly("swap.requested OFFERED", "swap.decided ACCEPTED",
                "swap.decided APPROVED");
        // The approval handed the shift to B.
        assertThat(events("shifts/" + mine)).contains("shift.assigned SCHEDULED " + b);
    }
}
