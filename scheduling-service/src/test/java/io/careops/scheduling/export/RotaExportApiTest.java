package io.careops.scheduling.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rota downloads, checked against the shifts they were made from: a unit with a 12.5-hour
 * day, 07:45-20:15 (1 h unpaid break: 11.50 paid hours), a night worked by agency staff
 * (20:00-08:00, 12 h, 30 min break: 11.50), an open day shift and a cancelled one (left out), in
 * another unit a day of someone else. Totals: the unit 34.50 paid hours over 3 shifts (the open
 * shift counts, as planned hours); the home 46.00 over 4.
 */
@QuarkusTest
class RotaExportApiTest {

    UUID home;
    UUID rose;
    UUID lily;
    String grace;

    private static String shift(UUID unit, String date, String type, String start, String end, int breakMinutes,
            String cover) {
        String body = """
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "startTime": "%s", "endTime": "%s",
                 "unpaidBreakMinutes": %d%s}
                """.formatted(unit, date, type, start, end, breakMinutes, cover);
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/shifts")
                .then().statusCode(201).extract().path("id");
    }

    @BeforeEach
    void rota() {
        home = Fixtures.careHome();
        rose = Fixtures.unit(home);
        lily = Fixtures.unit(home);
        UUID senior = Fixtures.staff(home, "SCW");
        grace = Fixtures.staffNumber(senior);
        UUID agency = Fixtures.agency("24.50", "27.00");
        shift(rose, "2026-03-02", Fixtures.DAY_SENIOR, "07:45", "20:15", 60, ", \"staffId\": \"" + senior + "\"");
        shift(rose, "2026-03-02", Fixtures.NIGHT_ASSISTANT, "20:00", "08:00", 30, ", \"classification\": \"AGENCY\","
                + " \"agencyCompanyId\": \"" + agency + "\", \"agencyWorkerName\": \"A. Nowak\", \"agencyHourlyRate\": 31.00");
        shift(rose, "2026-03-03", Fixtures.DAY_SENIOR, "07:45", "20:15", 60, "");
        String cancelled = shift(rose, "2026-03-04", Fixtures.DAY_SENIOR, "07:45", "20:15", 60, "");
        given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + cancelled + "/cancellation").then().statusCode(200);
        UUID other = Fixtures.staff(home, "SCW");
        shift(lily, "2026-03-05", Fixtures.DAY_SENIOR, "07:45", "20:15", 60, ", \"staffId\": \"" + other + "\"");
    }

    private byte[] download(String format, UUID unit, String token) {
        var request = given().auth().oauth2(token).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31");
        if (unit != null) {
            request = request.queryParam("unitId", unit);
        }
        return request.get("/api/v1/exports/rota/" + format).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"rota-")).extract().asByteArray();
    }

    @Test
    void csvHasOneLinePerLiveShiftWithItsFigures() {
        List<String> lines = new String(download("csv", rose, Fixtures.admin()), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("date,unit,start,end,shiftType,staffNumber,worker,role,classification,overtime,"
                + "status,unpaidBreakMinutes,paidHours");
        assertThat(lines.get(1)).startsWith("2026-03-02,").contains("," + grace + ",Grace MacDonald").contains(",SCW,REGULAR,false,SCHEDULED,60,11.50");
        assertThat(lines.get(2)).startsWith("2026-03-02,").contains("20:00,08:00,NIGHT_ASSISTANT,,A. Nowak,,AGENCY,false,SCHEDULED,30,11.50");
        assertThat(lines.get(3)).startsWith("2026-03-03,").contains(",,OPEN,,REGULAR,false,SCHEDULED,60,11.50");
        // The whole home: the other unit's shift too, and never the cancelled one.
        List<String> home = new String(download("csv", null, Fixtures.admin()), StandardCharsets.UTF_8).lines().toList();
        assertThat(home).hasSize(5).noneMatch(line -> line.startsWith("2026-03-04"));
        assertThat(home.get(4)).startsWith("2026-03-05,");
    }

    @Test
    void workbookHoldsTheSameLinesWithDatesAndNumbersAndTheTotal() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx", null, Fixtures.admin())))) {
            Sheet sheet = workbook.getSheet("Rota");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("date");
            assertThat(sheet.getRow(3).getCell(0).getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-03-02");
            assertThat(sheet.getRow(3).getCell(12).getNumericCellValue()).isEqualTo(11.5);
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("A. Nowak");
            assertThat(sheet.getRow(4).getCell(12).getNumericCellValue()).isEqualTo(11.5);
            assertThat(sheet.getRow(5).getCell(6).getStringCellValue()).isEqualTo("OPEN");
            assertThat(sheet.getLastRowNum()).isEqualTo(8); // the 4 shifts on rows 3-6, row 7 blank, the total on row 8
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Total paid hours");
            assertThat(sheet.getRow(8).getCell(12).getNumericCellValue()).isEqualTo(46.0);
        }
    }

    @Test
    void pdfPrintsEachDayWithItsShifts() throws Exception {
        byte[] pdf = download("pdf", rose, Fixtures.admin());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        assertThat(text.toString()).contains("3 shifts, 1 open, 34.50 paid hours").contains("Mon 2 Mar 2026")
                .contains("Tue 3 Mar 2026").contains("A. Nowak").contains("OPEN").doesNotContain("Wed 4 Mar 2026");
    }

    @Test
    void onlyThoseWhoSeeTheHomeMayExportAndThePeriodIsAWeekOrAMonth() {
        given().auth().oauth2(Tokens.allHomes("staff")).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-07").get("/api/v1/exports/rota/csv").then().statusCode(403);
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).queryParam("careHomeId", home)
                .queryParam("from", "2026-03-01").queryParam("to", "2026-03-07").get("/api/v1/exports/rota/pdf")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("inspector", home)).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-07").get("/api/v1/exports/rota/csv").then().statusCode(200);
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-04-01").get("/api/v1/exports/rota/xlsx").then().statusCode(422)
                .body("errors.field", hasItem("to"));
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("from", "2026-03-07")
                .queryParam("to", "2026-03-01").get("/api/v1/exports/rota/csv").then().statusCode(422);
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("unitId", Fixtures.unit(Fixtures.careHome()))
                .queryParam("from", "2026-03-01").queryParam("to", "2026-03-07").get("/api/v1/exports/rota/csv")
                .then().statusCode(422).body("errors[0].field", equalTo("unitId"));
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("to", "2026-03-07")
                .get("/api/v1/exports/rota/csv").then().statusCode(400).body("errors.field", hasItem("from"));
    }
}
