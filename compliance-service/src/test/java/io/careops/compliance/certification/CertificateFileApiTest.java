package io.careops.compliance.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.careops.compliance.support.Fixtures;
import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class CertificateFileApiTest {

    private static final UUID HOME = UUID.randomUUID();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    private static String pendingCertification() {
        return Fixtures.certify(Fixtures.staff(HOME, "SCW", "Evidence"), "PVG", LocalDate.of(2025, 3, 1), null, true);
    }

    private static io.restassured.response.Response upload(String id, byte[] content, String declaredType) {
        return given().auth().oauth2(Tokens.allHomes("manager")).contentType(declaredType).header("X-File-Name", "pvg.pdf")
                .body(content).put("/api/v1/certifications/" + id + "/file");
    }

    @Test
    void aPdfIsStoredAndReturnedAsSentAndEndsPending() {
        String id = pendingCertification();
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certifications/" + id).then()
                .body("status", equalTo("PENDING"));
        upload(id, PDF, "application/octet-stream").then().statusCode(200)
                .body("mediaType", equalTo("application/pdf")).body("sizeBytes", equalTo(PDF.length))
                .body("fileName", equalTo("pvg.pdf")).body("uploadedBy", equalTo("test-manager@careops.invalid"));
        byte[] downloaded = given().auth().oauth2(Tokens.allHomes("inspector")).get("/api/v1/certifications/" + id + "/file")
                .then().statusCode(200).contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certifications/" + id + "?asOf=2026-01-01").then()
                .body("status", equalTo("VALID")).body("awaitingEvidence", equalTo(false));
    }

    @Test
    void theTypeComesFromTheContentNotTheHeader() {
        String id = pendingCertification();
        upload(id, PNG, "application/pdf").then().statusCode(200).body("mediaType", equalTo("image/png"));
        upload(id, JPEG, "image/png").then().statusCode(200).body("mediaType", equalTo("image/jpeg"));
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certifications/" + id + "/file").then()
                .statusCode(200).contentType("image/jpeg");
    }

    @Test
    void emptyWrongAndOversizedFilesAreRefusedWithProblemJson() {
        String id = pendingCertification();
        expect(upload(id, new byte[0], "application/pdf"), 422).body("errors[0].field", equalTo("file"));
        expect(upload(id, "MZ\u0090 not really a pdf".getBytes(StandardCharsets.ISO_8859_1), "application/pdf"), 422)
                .body("detail", equalTo("Certificate file refused: the content is not a PDF, JPEG or PNG file"));
        expect(upload(id, "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "image/png"), 422);
        byte[] tooBig = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        expect(upload(id, tooBig, "application/pdf"), 413);
        byte[] atTheLimit = Arrays.copyOf(PDF, 10 * 1024 * 1024);
        upload(id, atTheLimit, "application/pdf").then().statusCode(200).body("sizeBytes", equalTo(10 * 1024 * 1024));
        // Nothing refused was kept: the file is the one accepted.
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certifications/" + id + "/file").then()
                .statusCode(200).header("Content-Length", String.valueOf(10 * 1024 * 1024));
    }

    @Test
    void filesFollowTheCertificationsScopeAndRoles() {
        String id = pendingCertification();
        expect(given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).contentType("application/pdf").body(PDF)
                .put("/api/v1/certifications/" + id + "/file"), 404);
        expect(given().auth().oauth2(Tokens.allHomes("staff")).contentType("application/pdf").body(PDF)
                .put("/api/v1/certifications/" + id + "/file"), 403);
        expect(given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certifications/" + id + "/file"), 404);
    }

    private static io.restassured.response.ValidatableResponse expect(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    /** Only the upload takes large bodies: JSON stays at 1 MB. */
    @Test
    void jsonBodiesStayLimitedToOneMegabyte() {
        String huge = "{\"notes\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        expect(given().auth().oauth2(Tokens.allHomes("manager")).contentType("application/json").body(huge)
                .post("/api/v1/certifications"), 413);
        expect(given().auth().oauth2(Tokens.allHomes("manager")).contentType("application/json").body(huge)
                .post("/api/v1/staff-status"), 413);
    }

}
