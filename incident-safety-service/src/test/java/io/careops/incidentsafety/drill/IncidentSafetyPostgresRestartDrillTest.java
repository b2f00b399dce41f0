package io.careops.incidentsafety.drill;

import io.careops.platform.test.Tokens;
import io.careops.platform.test.drill.PostgresRestartDrill;
import io.careops.platform.test.drill.RestartablePostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;

/** PostgreSQL restarted while incidents are being reported (the drill is in platform-test). */
@QuarkusTest
@TestProfile(RestartablePostgresProfile.class)
class IncidentSafetyPostgresRestartDrillTest extends PostgresRestartDrill {

    private static final UUID HOME = UUID.randomUUID();

    @Override
    protected String collectionPath() {
        return "/api/v1/incidents";
    }

    @Override
    protected String table() {
        return "incident";
    }

    @Override
    protected String token() {
        return Tokens.of("manager", HOME);
    }

    @Override
    protected String newRecord(int n) {
        return """
                {"careHomeId": "%s", "occurredOn": "2026-01-16", "occurredAt": "10:45", "incidentType": "MED_ERROR_WRONG_DOSE",
                 "severity": "NO_HARM", "riskRating": "LOW", "description": "Drill incident %d."}
                """.formatted(HOME, n);
    }
}
