package io.careops.scheduling.drill;

import io.careops.platform.test.drill.PostgresRestartDrill;
import io.careops.platform.test.drill.RestartablePostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** PostgreSQL restarted while care homes are being created (the drill is in platform-test). */
@QuarkusTest
@TestProfile(RestartablePostgresProfile.class)
class SchedulingPostgresRestartDrillTest extends PostgresRestartDrill {

    @Override
    protected String collectionPath() {
        return "/api/v1/care-homes";
    }

    @Override
    protected String table() {
        return "care_home";
    }

    @Override
    protected String newRecord(int n) {
        return """
                {"name": "Drill Home %d", "code": "DR%d", "serviceNumber": "CS%010d", "bedCapacity": 60, "occupancy": 50,
                 "address": "1 Drill Street, Glasgow", "postcode": "G1 1AA"}
                """.formatted(n, n, 9_000_000_000L + n);
    }
}
