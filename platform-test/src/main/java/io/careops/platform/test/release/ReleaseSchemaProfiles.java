package io.careops.platform.test.release;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Test profiles that start a service against a schema one release ahead of it or behind it. */
public final class ReleaseSchemaProfiles {

    private ReleaseSchemaProfiles() {
    }

    /** The schema a newer release has migrated: what a rolled-back or not-yet-rolled pod meets. */
    public static class NewerSchema implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SchemaStateResource.class, Map.of(SchemaStateResource.STATE, "newer")));
        }
    }

    /** A schema missing the release's last migration: what a pod meets before the migrate step. */
    public static class OlderSchema implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SchemaStateResource.class, Map.of(SchemaStateResource.STATE, "older")));
        }
    }
}
