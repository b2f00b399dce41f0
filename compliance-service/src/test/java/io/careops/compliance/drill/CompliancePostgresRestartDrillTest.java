package io.careops.compliance.drill;

import io.careops.platform.test.drill.PostgresRestartDrill;
import io.careops.platform.test.drill.RestartablePostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * PostgreSQL restarted while certification types are being added (the drill is in platform-test).
 * Types rather than certifications: recording a certification asks the scheduling service, which
 * this drill does not run.
 */
@QuarkusTest
@TestProfile(RestartablePostgresProfile.class)
class CompliancePostgresRestartDrillTest extends PostgresRestartDrill {

    @Override
    protected String collectionPath() {
        return "/api/v1/certification-types";
    }

    @Override
    protected String table() {
        return "certification_type";
    }

    @Override
    protected String newRecord(int n) {
        return """
                {"code": "DRILL_%d", "name": "Drill certification %d", "validityMonths": 12, "critical": false}
                """.formatted(n, n);
    }
}
