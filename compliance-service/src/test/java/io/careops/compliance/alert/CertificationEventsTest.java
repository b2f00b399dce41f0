package io.careops.compliance.alert;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.careops.compliance.support.Fixtures;
import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The expiry alert job writes a domain event per alert, in the alert's transaction, once. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class CertificationEventsTest {

    private static final UUID HOME = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    DataSource dataSource;

    /** "type expiryDate certificationType careHome" of a certification's events. */
    private List<String> events(String certificationId) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                SELECT type, data ->> 'expiryDate', data ->> 'certificationType', care_home_id, source
                FROM outbox_event WHERE subject = ? ORDER BY type""")) {
            q.setString(1, "certifications/" + certificationId);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    assertEquals("/compliance-service", row.getString(5));
                    found.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                            + row.getObject(4, UUID.class));
                }
            }
        }
        return found;
    }

    @Test
    void expiringAndExpiredCertificationsAreEventsWrittenOnce() throws Exception {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "Events");
        String soon = Fixtures.expiringOn(staff, "FIRE_SAFETY", TODAY.plusDays(10));
        String expired = Fixtures.certify(staff, "MANUAL_HANDLING", TODAY.minusYears(1), TODAY.minusDays(1), false);
        String valid = Fixtures.expiringOn(staff, "INFECTION_CONTROL", TODAY.plusDays(200));
        for (int run = 0; run < 2; run++) {
            given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run").then().statusCode(200);
        }
        assertEquals(List.of("io.careops.compliance.certification.expiring " + TODAY.plusDays(10) + " FIRE_SAFETY " + HOME),
                events(soon));
        assertEquals(List.of("io.careops.compliance.certification.expired " + TODAY.minusDays(1) + " MANUAL_HANDLING " + HOME),
                events(expired));
        assertEquals(List.of(), events(valid));
    }
}
