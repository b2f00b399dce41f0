package io.careops.platform.test.drill;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/** Points the application's datasource at a {@link RestartablePostgres} of its own, started fresh. */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        RestartablePostgres postgres = RestartablePostgres.startFresh(Path.of("target", "restartable-postgres"));
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        RestartablePostgres.current().stopIfRunning();
    }
}
