package io.careops.platform.test.drill;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The application against a {@link RestartablePostgres} instead of the module's shared PostgreSQL
 * (whose global test resource is left out), so a drill can stop and restart the database without
 * disturbing any other test class.
 */
public class RestartablePostgresProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RestartablePostgresResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
