package io.careops.scheduling.carehome;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.careops.platform.test.ApiContractTest;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public class CareHomeApiTest extends ApiContractTest {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

    static String body(String serviceNumber, String code, int beds, int occupancy) {
        return """
                {"name": "Victoria Gardens", "code": "%s", "serviceNumber": "%s", "bedCapacity": %d,
                 "occupancy": %d, "address": "1 Blawarthill Pl, Glasgow", "postcode": "g133be"}
                """.formatted(code, serviceNumber, beds, occupancy);
    }

    public static String uniqueBody() {
        long serial = SERIAL.incrementAndGet();
        return body("CS%010d".formatted(serial), "VG_" + serial, 70, 38);
    }

    @Override
    protected String collectionPath() {
        return "/api/v1/care-homes";
    }

    @Override
    protected String openApiTitle() {
        return "CareOps scheduling service";
    }

    @Override
    protected String creatorRole() {
        return "admin";
    }

    @Override
    protected Created create() {
        String id = authorized().contentType(ContentType.JSON).body(uniqueBody()).post(collectionPath())
                .then().statusCode(201).extract().path("id");
        return new Created(id, UUID.fromString(id));
    }

    @Override
    protected BadBody invalidField() {
        return new BadBody(body("CS123", "VG_X", 70, 38), "serviceNumber");
    }

    @Override
    protected BadBody wrongType() {
        return new BadBody(uniqueBody().replace("\"bedCapacity\": 70", "\"bedCapacity\": \"seventy\""), "bedCapacity");
    }

    @Override
    protected BadBody unknownEnumValue() {
        return new BadBody(uniqueBody().replaceFirst("\\{", "{\"clientGroup\": \"PENSIONERS\", "), "clientGroup");
    }

    @Override
    protected Optional<String> conflictingBody(Created existing) {
        String serviceNumber = authorized().get(collectionPath() + "/" + existing.id()).path("serviceNumber");
        return Optional.of(body(serviceNumber, "OTHER_" + SERIAL.incrementAndGet(), 10, 5));
    }

    @Test
    void registeringAHomeAppliesTheLegacyDefaultsAndNormalisesThePostcode() {
        long serial = SERIAL.incrementAndGet();
        String serviceNumber = "CS%010d".formatted(serial);
        authorized().contentType(ContentType.JSON).body(body(serviceNumber, "VG_" + serial, 70, 38))
                .post(collectionPath())
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/care-homes/"))
                .body("serviceNumber", equalTo(serviceNumber))
                .body("clientGroup", equalTo("OLDER_PEOPLE"))
                .body("bedCapacity", equalTo(70))
                .body("occupancy", equalTo(38))
                .body("postcode", equalTo("G13 3BE"))
                .body("timeZone", equalTo("Europe/London"))
                .body("agencyBudgetMonthly", equalTo(9000.00f))
                .body("overtimeBudgetMonthly", equalTo(5000.00f))
                .body("active", equalTo(true));
    }

    @Test
    void occupancyAboveBedCapacityIsARuleViolationAndNothingIsWritten() {
        long serial = SERIAL.incrementAndGet();
        String serviceNumber = "CS%010d".formatted(serial);
        expectProblem(authorized().contentType(ContentType.JSON).body(body(serviceNumber, "FULL_" + serial, 10, 11))
                .post(collectionPath()), 422)
                .body("errors.field", hasItem("occupancy"))
                .body("detail", equalTo("occupancy 11 exceeds bed capacity 10"));
        // The same service number is still free: the refused request wrote nothing.
        authorized().contentType(ContentType.JSON).body(body(serviceNumber, "FULL_" + serial, 10, 10))
                .post(collectionPath()).then().statusCode(201);
    }

    @Test
    void aDuplicateServiceNumberNamesTheNumber() {
        Created existing = create();
        String serviceNumber = authorized().get(collectionPath() + "/" + existing.id()).path("serviceNumber");
        expectProblem(authorized().contentType(ContentType.JSON).body(body(serviceNumber, "DUP_" + SERIAL.incrementAndGet(), 5, 1))
                .post(collectionPath()), 409)
                .body("detail", equalTo("A care home with service number " + serviceNumber + " is already registered"));
    }

    @Test
    void aStaffMemberSeesOnlyTheirOwnHomesInTheList() {
        Created mine = create();
        Created theirs = create();
        withToken(Tokens.of("staff", mine.careHomeId())).get(collectionPath() + "?size=100")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(mine.id()))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(theirs.id())));
    }

    @Test
    void staffCannotRegisterAHome() {
        expectProblem(withToken(Tokens.allHomes("staff")).contentType(ContentType.JSON).body(uniqueBody())
                .post(collectionPath()), 403);
    }

    @Override
    protected Probe textProbe() {
        return new Probe("/api/v1/care-homes", "{\"name\": %s}", "name");
    }

    @Override
    protected Probe dateProbe() {
        return new Probe("/api/v1/shifts", "{\"date\": %s}", "date");
    }

    @Override
    protected String dateQueryPath() {
        return "/api/v1/shifts?from=%s";
    }

    @Override
    protected java.util.List<String> listPaths() {
        return java.util.List.of("/api/v1/care-homes", "/api/v1/units", "/api/v1/staff", "/api/v1/roles", "/api/v1/shifts",
                "/api/v1/shift-types", "/api/v1/absences", "/api/v1/agency-companies");
    }

    @Test
    void aNumberWhereABooleanBelongsIs400() {
        expectProblem(authorized().contentType(ContentType.JSON)
                .body(uniqueBody().replaceFirst("\\{", "{\"workingTimeSpecialCase\": 2, ")).post(collectionPath()), 400)
                .body("errors.field", hasItem("workingTimeSpecialCase"))
                .body("errors[0].message", equalTo("must be a boolean"));
        expectProblem(authorized().contentType(ContentType.JSON)
                .body(uniqueBody().replace("\"bedCapacity\": 70", "\"bedCapacity\": 70.5")).post(collectionPath()), 400)
                .body("errors.field", hasItem("bedCapacity"));
    }
}
