package io.careops.scheduling.calendarfeed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The personal calendar feed: made by the person, read without a token at its secret URL, with
 * one VEVENT per shift of theirs (a cancelled one as STATUS:CANCELLED) in Europe/London time;
 * rotated (the old URL dies) and revoked (404).
 */
@QuarkusTest
class CalendarFeedApiTest {

    UUID home;
    UUID unit;
    UUID worker;
    String day;
    String cancelled;
    String colleagues;
    LocalDate inAWeek;

    private String shift(LocalDate date, String start, String end, UUID staff) {
        String body = """
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "unpaidBreakMinutes": 60,
                 "staffId": "%s"}
                """.formatted(unit, date, start, end, staff);
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/shifts")
                .then().statusCode(201).extract().path("id");
    }

    @BeforeEach
    void rota() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        worker = Fixtures.staff(home, "SCW");
        inAWeek = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(1);
        day = shift(inAWeek, "07:00", "19:00", worker);
        cancelled = shift(inAWeek.plusDays(2), "07:00", "19:00", worker);
        given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + cancelled + "/cancellation").then().statusCode(200);
        colleagues = shift(inAWeek, "07:00", "19:00", Fixtures.staff(home, "SCW"));
    }

    private String create(String token, String query) {
        return given().auth().oauth2(token).post("/api/v1/me/calendar-feed" + query).then().statusCode(201)
                .header("Location", endsWith("/api/v1/me/calendar-feed"))
                .body("staffId", equalTo(worker.toString()))
                .body("url", startsWith("http://localhost:8081/api/v1/ical/")).body("url", endsWith(".ics"))
                .extract().path("url");
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    @Test
    void theFeedHoldsThePersonsShiftsWithStableUidsInLondonTime() throws Exception {
        String url = create(Fixtures.staffToken(worker, home), "");
        String ics = given().get(path(url)).then().statusCode(200).contentType(containsString("text/calendar"))
                .header("Cache-Control", containsString("no-store")).extract().asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n")
                .contains("DTSTART;TZID=Europe/London:" + inAWeek.toString().replace("-", "") + "T070000\r\n")
                .contains("DTEND;TZID=Europe/London:" + inAWeek.toString().replace("-", "") + "T190000\r\n")
                .doesNotContain(colleagues);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Map<String, VEvent> byUid = events.stream().collect(Collectors.toMap(
                event -> event.getProperty(Property.UID).orElseThrow().getValue(), event -> event));
        assertThat(byUid).containsOnlyKeys("shift-" + day + "@careops", "shift-" + cancelled + "@careops");
        VEvent dayEvent = byUid.get("shift-" + day + "@careops");
        VEvent cancelledEvent = byUid.get("shift-" + cancelled + "@careops");
        assertThat(dayEvent.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("TENTATIVE");
        assertThat(cancelledEvent.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(dayEvent.getProperty(Property.LAST_MODIFIED)).isPresent();
        int before = Integer.parseInt(cancelledEvent.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        // A change to the shift: the same UID, a higher SEQUENCE.
        given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + day + "/cancellation").then().statusCode(200);
        Calendar after = new CalendarBuilder().build(new StringReader(given().get(path(url)).then().statusCode(200)
                .extract().asString()));
        VEvent changed = after.<VEvent>getComponents(Component.VEVENT).stream().filter(event -> event
                .getProperty(Property.UID).orElseThrow().getValue().equals("shift-" + day + "@careops")).findFirst().orElseThrow();
        assertThat(changed.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(changed.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
                .isGreaterThan(Integer.parseInt(dayEvent.getProperty(Property.SEQUENCE).orElseThrow().getValue()));
        assertThat(before).isGreaterThanOrEqualTo(1);
    }

    @Test
    void rotatingKillsTheOldUrlAndRevokingTheNew() {
        String mine = Fixtures.staffToken(worker, home);
        String first = create(mine, "");
        String second = create(mine, "");
        assertThat(second).isNotEqualTo(first);
        given().get(path(first)).then().statusCode(404).contentType(containsString("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.not(containsString(path(first).substring(13, 30))));
        given().get(path(second)).then().statusCode(200);
        given().auth().oauth2(mine).delete("/api/v1/me/calendar-feed").then().statusCode(204);
        given().get(path(second)).then().statusCode(404);
        given().auth().oauth2(mine).delete("/api/v1/me/calendar-feed").then().statusCode(404);
        given().get("/api/v1/ical/" + "A".repeat(43) + ".ics").then().statusCode(404);
        given().get("/api/v1/ical/short.ics").then().statusCode(404);
    }

    @Test
    void aManagerOfTheHomeMayMakeOnesFeedAndNoOneElse() {
        String url = create(Tokens.of("manager", home), "?staffId=" + worker);
        given().get(path(url)).then().statusCode(200);
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).post("/api/v1/me/calendar-feed?staffId=" + worker)
                .then().statusCode(404);
        UUID colleague = Fixtures.staff(home, "SCW");
        given().auth().oauth2(Fixtures.staffToken(colleague, home)).post("/api/v1/me/calendar-feed?staffId=" + worker)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("staff", home)).post("/api/v1/me/calendar-feed").then().statusCode(403);
        given().auth().oauth2(Tokens.of("inspector", home)).post("/api/v1/me/calendar-feed").then().statusCode(403);
        given().auth().oauth2(Tokens.of("manager", home)).delete("/api/v1/me/calendar-feed?staffId=" + worker)
                .then().statusCode(204);
        given().get(path(url)).then().statusCode(404);
    }

    @Test
    void onlyTheFeedPathIsOpenWithoutAToken() {
        given().post("/api/v1/me/calendar-feed").then().statusCode(401);
        given().delete("/api/v1/me/calendar-feed").then().statusCode(401);
        given().get("/api/v1/shifts/" + day).then().statusCode(401);
        given().get("/api/v1/exports/payroll/csv?careHomeId=" + home + "&from=2026-03-01&to=2026-03-31").then()
                .statusCode(401);
        given().get("/api/v1/ical").then().statusCode(404);
        // The feed path answers no other method.
        given().post("/api/v1/ical/" + "A".repeat(43) + ".ics").then().statusCode(405);
    }
}
