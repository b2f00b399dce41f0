package io.careops.platform.test.release;

import io.careops.platform.test.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Gives the service under test a database of its own whose schema is either one release AHEAD
 * of the service (all its migrations plus a later release's, {@code state=newer}) or one
 * migration BEHIND it ({@code state=older}, the last migration not applied and migrate-at-start
 * off, as in a Kubernetes pod whose migrate step has not run yet).
 */
public class SchemaStateResource implements QuarkusTestResourceLifecycleManager {

    public static final String STATE = "state";
    public static final String LATER_RELEASE_VERSION = "9000";
    /** JVM-wide (the test runs in another class loader): the migration left unapplied. */
    static final String PENDING_VERSION = "careops.test.release.pending-version";

    private String state = "newer";

    @Override
    public void init(Map<String, String> initArgs) {
        state = initArgs.getOrDefault(STATE, state);
    }

    @Override
    public Map<String, String> start() {
        String url = EmbeddedPostgresResource.createDatabase("careops_" + state + "_schema_" + System.nanoTime());
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", url);
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        if ("fresh".equals(state)) {
            // A database of its own, migrated at start like the shared one (OwnDatabaseProfile).
            return config;
        }
        if ("newer".equals(state)) {
            flyway(url, null, "classpath:db/migration", "classpath:careops/later-release").migrate();
            // What Kubernetes app containers run with: validate at start, no migration.
            config.put("quarkus.flyway.migrate-at-start", "false");
            config.put("quarkus.flyway.validate-at-start", "true");
        } else {
            MigrationInfo[] own = flyway(url, null, "classpath:db/migration").info().all();
            if (own.length < 2) {
                throw new IllegalStateException("an older schema needs at least two migrations");
            }
            String previous = own[own.length - 2].getVersion().toString();
            System.setProperty(PENDING_VERSION, own[own.length - 1].getVersion().toString());
            flyway(url, previous, "classpath:db/migration").migrate();
            config.put("quarkus.flyway.migrate-at-start", "false");
            config.put("quarkus.flyway.validate-at-start", "true");
            // Production does not validate entities at start; the entities need the pending column.
            config.put("quarkus.hibernate-orm.schema-management.strategy", "none");
        }
        return config;
    }

    private static Flyway flyway(String url, String target, String... locations) {
        var configuration = Flyway.configure(SchemaStateResource.class.getClassLoader())
                .dataSource(url, "postgres", "")
                .locations(locations);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    @Override
    public void stop() {
        // The database is left for inspection under target/; the server stops with the JVM.
    }

    @Override
    public int order() {
        // After the module's shared PostgreSQL resource, so this database is the one used.
        return 1000;
    }
}
