package io.careops.platform.test;

import io.careops.platform.test.release.SchemaStateResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A fresh database of the test class's own on the module's PostgreSQL, for tests that write
 * arbitrary data (the fuzz test changes reference data such as certification types) and must
 * not leave it for the other test classes, which share one database.
 */
public class OwnDatabaseProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SchemaStateResource.class, Map.of(SchemaStateResource.STATE, "fresh")));
    }
}
