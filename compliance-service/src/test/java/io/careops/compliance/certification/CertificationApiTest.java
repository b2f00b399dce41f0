package io.careops.compliance.certification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.ApiContractTest;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
public class CertificationApiTest extends ApiContractTest {

    private static final UUID HOME = UUID.randomUUID();

    public static String body(UUID home, String type, String issued) {
        return """
                {"careHomeId": "%s", "staffId": "%s", "staffNumber": "001253", "certificationType": "%s",
                 "issueDate": "%s", "issuingBody": "REHIS", "certificateNumber": "C92959"}
                """.formatted(home, SchedulingStub.register(home, "001253", "Mhairi", "Campbell", "SCW", null).id(), type,
                issued);
    }

    @Override
    protected String collectionPath() {
        return "/api/v1/certifications";
    }

    @Override
    protected String openApiTitle() {
        return "CareOps compliance service";
    }

    @Override
    protected String creatorRole() {
        return "manager";
    }

    @Override
    protected Created create() {
        String id = authorized().contentType(ContentType.JSON).body(body(HOME, "FIRE_SAFETY", "2025-06-30"))
                .post(collectionPath()).then().statusCode(201).extract().path("id");
        return new Created(id, HOME);
    }

    @Override
    protected BadBody invalidField() {
        return new BadBody(body(HOME, "FIRE_SAFETY", "2025-06-30").replace("001253", "12"), "staffNumber");
    }

    @Override
    protected BadBody wrongType() {
        return new BadBody(body(HOME, "FIRE_SAFETY", "2025-06-30").replace("\"C92959\"", "{\"n\": 1}"), "certificateNumber");
    }

    @Override
    protected BadBody unknownEnumValue() {
        return new BadBody(body(HOME, "BASKET_WEAVING", "2025-06-30"), "certificationType");
    }

    @Test
    void theCatalogueHoldsTheLegacyTwelveWithTheirValidity() {
        authorized().get("/api/v1/certification-types?size=100").then().statusCode(200)
                .body("items.code", hasItems("FIRST_AID", "MANUAL_HANDLING", "FIRE_SAFETY", "FOOD_HYGIENE",
                        "MEDICATION", "SAFEGUARDING", "INFECTION_CONTROL", "DEMENTIA_CARE", "PALLIATIVE_CARE", "PVG",
                        "SSSC", "OTHER"))
                .body("items.find { it.code == 'FIRST_AID' }.validityMonths", equalTo(36))
                .body("items.find { it.code == 'PVG' }.validityMonths", equalTo(60))
                .body("items.find { it.code == 'PVG' }.critical", equalTo(true))
                .body("items.find { it.code == 'FIRE_SAFETY' }.validityMonths", equalTo(12))
                .body("items.find { it.code == 'FIRE_SAFETY' }.alertWindowDays", equalTo(30))
                .body("items.find { it.code == 'DEMENTIA_CARE' }.validityMonths", nullValue());
    }

    @Test
    void expiryDefaultsToIssuePlusTheTypesValidity() {
        authorized().contentType(ContentType.JSON).body(body(HOME, "FIRST_AID", "2024-02-29")).post(collectionPath())
                .then().statusCode(201)
                .body("expiryDate", equalTo("2027-02-28"))
                .body("name", equalTo("First aid"))
                .body("createdBy", equalTo("test-manager@careops.invalid"));
        authorized().contentType(ContentType.JSON).body(body(HOME, "DEMENTIA_CARE", "2024-02-29")).post(collectionPath())
                .then().statusCode(201).body("expiryDate", nullValue());
    }

    @Test
    void anExpiryBeforeTheIssueIsARuleViolation() {
        String bad = body(HOME, "FIRE_SAFETY", "2025-06-30").replaceFirst("\\{", "{\"expiryDate\": \"2025-06-29\", ");
        expectProblem(authorized().contentType(ContentType.JSON).body(bad).post(collectionPath()), 422)
                .body("errors.field", hasItem("expiryDate"));
    }

    @Test
    void aDuplicateTypeCodeIs409AndOnlyAdminsMayAddTypes() {
        String type = """
                {"code": "NMC_REGISTRATION", "name": "NMC registration", "validityMonths": 36, "critical": true}
                """;
        withToken(Tokens.allHomes("admin")).contentType(ContentType.JSON).body(type).post("/api/v1/certification-types")
                .then().statusCode(201).body("alertWindowDays", equalTo(30));
        expectProblem(withToken(Tokens.allHomes("admin")).contentType(ContentType.JSON).body(type)
                .post("/api/v1/certification-types"), 409).body("detail", startsWith("Certification type NMC_REGISTRATION"));
        expectProblem(withToken(Tokens.allHomes("manager")).contentType(ContentType.JSON).body(type)
                .post("/api/v1/certification-types"), 403);
    }

    @Override
    protected Probe textProbe() {
        return new Probe("/api/v1/certifications", "{\"name\": %s}", "name");
    }

    @Override
    protected Probe dateProbe() {
        return new Probe("/api/v1/certifications", "{\"issueDate\": %s}", "issueDate");
    }

    @Override
    protected String dateQueryPath() {
        return "/api/v1/certifications?asOf=%s";
    }

    @Override
    protected java.util.List<String> listPaths() {
        return java.util.List.of("/api/v1/certifications", "/api/v1/certification-types", "/api/v1/alerts");
    }
}
