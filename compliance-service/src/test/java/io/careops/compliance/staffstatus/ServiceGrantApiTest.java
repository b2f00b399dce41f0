package io.careops.compliance.staffstatus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.careops.compliance.support.Fixtures;
import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 7: the scheduling service's grant on POST /staff-status. Without one a caller sees
 * only certificates of its own homes, and a staff-only caller only itself (today's answers); with a
 * valid grant naming the people asked about, their certificates count wherever they were recorded;
 * a grant that is forged, expired, for another audience, issuer or caller, or that does not name
 * everyone asked about is 403, never a silently wider (or narrower) answer.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class ServiceGrantApiTest {

    /** The dev-only key pair's private half, as scheduling signs with it in tests and local runs. */
    private static final String SCHEDULING_KEY = "dev-only-jwt/dev-only-service-grant-private.pem";

    private static final UUID HOME = UUID.randomUUID();
    private static final UUID OTHER_HOME = UUID.randomUUID();
    private static final String ALL_SCW_TYPES = "FIRE_SAFETY INFECTION_CONTROL MANUAL_HANDLING MEDICATION SAFEGUARDING SSSC";

    SchedulingStub.Staff lapsed;
    SchedulingStub.Staff good;
    String body;

    @BeforeEach
    void aLapsedPvgInOneHomeAndAGoodOneInTheSame() {
        lapsed = Fixtures.staff(HOME, "SCW", "Lapsed");
        good = Fixtures.staff(HOME, "SCW", "Good");
        for (SchedulingStub.Staff person : new SchedulingStub.Staff[] {lapsed, good}) {
            for (String type : ALL_SCW_TYPES.split(" ")) {
                Fixtures.certify(person, type, LocalDate.of(2026, 1, 5), null, false);
            }
        }
        Fixtures.certify(lapsed, "PVG", LocalDate.of(2021, 6, 30), LocalDate.of(2026, 6, 30), false);
        Fixtures.certify(good, "PVG", LocalDate.of(2025, 1, 1), null, false);
        body = """
                {"date": "2026-07-10", "staff": [{"staffId": "%s", "roleCode": "SCW"}, {"staffId": "%s", "roleCode": "SCW"}]}
                """.formatted(lapsed.id(), good.id());
    }

    private static PrivateKey schedulingKey() {
        try {
            return KeyUtils.readPrivateKey(SCHEDULING_KEY);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey strangerKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }

    /** A grant as scheduling makes it: iss, aud, sub the caller's subject, staff_ids, 60 s. */
    private static JwtClaimsBuilder grant(String subject, UUID... staffIds) {
        return Jwt.issuer("careops-scheduling").audience("careops-compliance").subject(subject)
                .claim("staff_ids", Arrays.stream(staffIds).map(UUID::toString).toList()).expiresIn(60);
    }

    private ValidatableResponse check(String token, String grant) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (grant != null) {
            request = request.header("CareOps-Service-Grant", grant);
        }
        return request.post("/api/v1/staff-status").then();
    }

    @Test
    void withoutAGrantTheAnswerIsTodaysFromTheCallersHomesAndSelf() {
        // A manager of another home: the certificates are not in its homes, so every mandatory one is MISSING.
        check(Tokens.of("manager", OTHER_HOME), null).statusCode(200)
                .body("staff[0].notValid.status", not(hasItem(not(equalTo("MISSING")))))
                .body("staff[0].notValid", hasSize(7));
        // A manager of the home: the lapsed PVG.
        check(Tokens.of("manager", HOME), null).statusCode(200)
                .body("staff[0].notValid", hasSize(1)).body("staff[0].notValid[0].status", equalTo("EXPIRED"))
                .body("staff[1].notValid", hasSize(0));
        // A staff member asking about a colleague: 404.
        check(Tokens.person("staff", good.staffNumber(), HOME), null).statusCode(404);
    }

    @Test
    void aValidGrantAnswersFromEveryHomeAndForAStaffCallerAboutAColleague() {
        String otherManager = Tokens.of("manager", OTHER_HOME);
        check(otherManager, grant("test-manager", lapsed.id(), good.id()).sign(schedulingKey())).statusCode(200)
                .body("staff[0].notValid", hasSize(1))
                .body("staff[0].notValid[0].typeCode", equalTo("PVG"))
                .body("staff[0].notValid[0].status", equalTo("EXPIRED"))
                .body("staff[0].notValid[0].expiryDate", equalTo("2026-06-30"))
                .body("staff[1].notValid", hasSize(0));
        // The staff member accepting a swap from the lapsed colleague: scheduling asks about both.
        String colleague = Tokens.person("staff", good.staffNumber(), OTHER_HOME);
        check(colleague, grant("test-staff-" + good.staffNumber(), lapsed.id(), good.id()).sign(schedulingKey()))
                .statusCode(200)
                .body("staff[0].notValid[0].status", equalTo("EXPIRED"))
                .body("staff[1].notValid", hasSize(0));
    }

    private void refused(String token, String grant) {
        check(token, grant).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://careops.io/problems/forbidden"))
                .body("detail", containsString("Service grant refused"));
    }

    @Test
    void aGrantSignedWithAnotherKeyIs403() throws Exception {
        refused(Tokens.of("manager", OTHER_HOME), grant("test-manager", lapsed.id(), good.id()).sign(strangerKey()));
    }

    @Test
    void anExpiredGrantIs403() {
        refused(Tokens.of("manager", OTHER_HOME), grant("test-manager", lapsed.id(), good.id())
                .issuedAt(1_600_000_000L).expiresAt(1_600_000_060L).sign(schedulingKey()));
    }

    @Test
    void aGrantForAnotherAudienceOrFromAnotherIssuerIs403() {
        String manager = Tokens.of("manager", OTHER_HOME);
        refused(manager, grant("test-manager", lapsed.id(), good.id()).audience("careops-incident-safety")
                .sign(schedulingKey()));
        refused(manager, grant("test-manager", lapsed.id(), good.id()).issuer("careops-someone-else")
                .sign(schedulingKey()));
        // The identity provider's own tokens are no grant either (another key, issuer and audience).
        refused(manager, Tokens.of("manager", HOME));
        refused(manager, "not-a-jwt");
    }

    @Test
    void aGrantForOnePersonDoesNotAnswerAboutAnother() {
        // The grant names only the good one; the request asks about both.
        refused(Tokens.of("manager", OTHER_HOME), grant("test-manager", good.id()).sign(schedulingKey()));
        refused(Tokens.person("staff", good.staffNumber(), HOME),
                grant("test-staff-" + good.staffNumber(), good.id()).sign(schedulingKey()));
    }

    @Test
    void aGrantMadeForAnotherCallerIs403() {
        refused(Tokens.of("manager", OTHER_HOME), grant("test-admin", lapsed.id(), good.id()).sign(schedulingKey()));
    }
}
