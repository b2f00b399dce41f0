package io.careops.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Ready only when the database answers and every migration this release ships is applied, so
 * a pod never takes traffic against a schema older than its code (the legacy system's drift).
 * Migrations applied by a newer release (Flyway's "future" state) do not stop it: during a
 * rolling update or a rollback the previous release serves on the expanded schema.
 * Liveness deliberately has no database check: a database outage must not restart every pod.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadinessCheck implements HealthCheck {

    private final Flyway flyway;

    public MigrationsReadinessCheck(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Database schema");
        try {
            MigrationInfoService info = flyway.info();
            MigrationInfo current = info.current();
            MigrationInfo[] pending = info.pending();
            MigrationInfo[] all = info.all();
            boolean failed = Arrays.stream(all).anyMatch(m -> m.getState().isFailed());
            String releaseVersion = Arrays.stream(all)
                    .filter(m -> m.getVersion() != null && m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED)
                    .reduce((first, second) -> second)
                    .map(m -> m.getVersion().toString())
                    .orElse("none");
            long newer = Arrays.stream(all).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS).count();
            response.status(pending.length == 0 && !failed && current != null)
                    .withData("schemaVersion", current == null ? "none" : current.getVersion().toString())
                    .withData("releaseSchemaVersion", releaseVersion)
                    .withData("pendingMigrations", pending.length)
                    .withData("failedMigration", failed)
                    .withData("appliedByNewerRelease", newer);
            if (pending.length > 0) {
                response.withData("pending", Arrays.stream(pending)
                        .map(m -> m.getVersion() + " " + m.getDescription())
                        .collect(Collectors.joining(", ")));
            }
            return response.build();
        } catch (RuntimeException databaseUnavailable) {
            return response.down().withData("error", "database unavailable").build();
        }
    }
}
