package io.careops.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Ready only when the database answers and every migration this release ships is applied, so
 * a pod never takes traffic against a schema older than its code (the legacy system's drift).
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
            int pending = info.pending().length;
            boolean failed = current != null && current.getState().isFailed();
            return response.status(pending == 0 && !failed && current != null)
                    .withData("schemaVersion", current == null ? "none" : current.getVersion().toString())
                    .withData("pendingMigrations", pending)
                    .withData("failedMigration", failed)
                    .build();
        } catch (RuntimeException databaseUnavailable) {
            return response.down().withData("error", "database unavailable").build();
        }
    }
}
