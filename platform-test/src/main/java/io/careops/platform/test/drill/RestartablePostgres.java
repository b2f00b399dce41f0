package io.careops.platform.test.drill;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL 15 of a drill's own, apart from the one the module's other test classes share, that
 * the drill may stop and start again on the same data directory and port, as an operator's
 * restart (or a failover to the same address) does. zonky's binaries prepare the cluster; the
 * server is then run with {@code pg_ctl}, so a stop is PostgreSQL's "fast" shutdown: every open
 * connection is terminated with SQLState 57P01, in-flight transactions are rolled back, committed
 * ones are kept.
 *
 * <p>Quarkus may load the test resource and the test class in different class loaders, so the
 * handle lives in a system property (data directory, port, pg_ctl), not a static field.
 */
public final class RestartablePostgres {

    public static final String DATABASE = "careops";
    private static final String PROPERTY = "careops.test.restartable-postgres";
    /** Durable commits, as in production: zonky turns fsync off for throwaway clusters. */
    private static final List<String> SERVER_OPTIONS = List.of("-c", "fsync=on", "-c", "synchronous_commit=on",
            "-c", "timezone=UTC", "-c", "max_connections=100", "-c", "listen_addresses=localhost");
    private static final Duration PG_CTL_WAIT = Duration.ofSeconds(60);
    /**
     * PostgreSQL refuses to run as root. As zonky does, a root user runs it in a user namespace
     * of its own ({@code unshare -U}), where it is not root.
     */
    private static final List<String> AS_UNPRIVILEGED = asUnprivileged();

    private final Path data;
    private final int port;
    private final Path pgCtl;

    private RestartablePostgres(Path data, int port, Path pgCtl) {
        this.data = data;
        this.port = port;
        this.pgCtl = pgCtl;
    }

    /** A fresh cluster under {@code work} on a free port, running, with an empty {@value #DATABASE} database. */
    public static synchronized RestartablePostgres startFresh(Path work) {
        Path absolute = work.toAbsolutePath();
        Path data = absolute.resolve("data");
        try {
            stopLeftover(absolute, data);
            deleteRecursively(data);
            int port = freePort();
            // zonky extracts the binaries and runs initdb; it is closed at once so pg_ctl alone owns the server.
            try (EmbeddedPostgres prepared = EmbeddedPostgres.builder().setOverrideWorkingDirectory(absolute.toFile())
                    .setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                    .setPGStartupWait(PG_CTL_WAIT).start()) {
                try (Connection connection = prepared.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            }
            RestartablePostgres postgres = new RestartablePostgres(data, port, findPgCtl(absolute));
            System.setProperty(PROPERTY, data + File.pathSeparator + port + File.pathSeparator + postgres.pgCtl);
            postgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::stopIfRunning, "restartable-postgres-stop"));
            return postgres;
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not prepare PostgreSQL under " + absolute, failure);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not create the database under " + absolute, failure);
        }
    }

    /** The server started by {@link #startFresh} in this JVM. */
    public static RestartablePostgres current() {
        String handle = System.getProperty(PROPERTY);
        if (handle == null) {
            throw new IllegalStateException("No restartable PostgreSQL in this JVM: is the test using RestartablePostgresProfile?");
        }
        String[] parts = handle.split(File.pathSeparator);
        return new RestartablePostgres(Path.of(parts[0]), Integer.parseInt(parts[1]), Path.of(parts[2]));
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** PostgreSQL's fast shutdown; returns once the server is gone. */
    public void stop() {
        pgCtl("stop", "-m", "fast");
    }

    /** Starts the server again on the same data directory and port; returns once it accepts connections. */
    public void start() {
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port)));
        options.addAll(SERVER_OPTIONS);
        pgCtl("start", "-l", data.resolveSibling("postgres.log").toString(), "-o", String.join(" ", options));
    }

    public boolean running() {
        return run(List.of(pgCtl.toString(), "status", "-D", data.toString())) == 0;
    }

    public void stopIfRunning() {
        if (running()) {
            stop();
        }
    }

    /** What {@link #cutRequestsInFlight} did. */
    public record Cut(int waiting, int terminated) {
    }

    /**
     * Cuts requests in the middle of their transaction: holds an exclusive lock on {@code table}
     * for {@code hold}, so the application's statements on it wait with their connection open,
     * then terminates every other connection (57P01, "terminating connection due to administrator
     * command") and releases the lock. {@link Cut#waiting} says how many were caught waiting.
     */
    public Cut cutRequestsInFlight(String table, Duration hold) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
            Thread.sleep(hold.toMillis());
            int waiting;
            try (ResultSet blocked = statement.executeQuery("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'""")) {
                blocked.next();
                waiting = blocked.getInt(1);
            }
            int terminated;
            try (ResultSet ended = statement.executeQuery("""
                    SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid()""")) {
                ended.next();
                terminated = ended.getInt(1);
            }
            connection.commit();
            return new Cut(waiting, terminated);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not cut the connections", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    private void pgCtl(String action, String... arguments) {
        List<String> command = new ArrayList<>(List.of(pgCtl.toString(), action, "-D", data.toString(), "-w",
                "-t", Long.toString(PG_CTL_WAIT.toSeconds())));
        command.addAll(List.of(arguments));
        int exit = run(command);
        if (exit != 0) {
            throw new IllegalStateException("pg_ctl " + action + " failed with exit code " + exit + "; see "
                    + data.resolveSibling("pg_ctl.log"));
        }
    }

    private int run(List<String> arguments) {
        List<String> command = new ArrayList<>(AS_UNPRIVILEGED);
        command.addAll(arguments);
        try {
            // Output to a file, never a pipe: the postmaster pg_ctl leaves behind would hold a pipe open.
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling("pg_ctl.log").toFile())).start();
            if (!process.waitFor(PG_CTL_WAIT.toSeconds() + 10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_ctl did not finish: " + command);
            }
            return process.exitValue();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    private static Path findPgCtl(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work, 4)) {
            return files.filter(file -> file.endsWith(Path.of("bin", "pg_ctl")) && Files.isExecutable(file)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("pg_ctl not found under " + work));
        }
    }

    /** A server an earlier, killed test JVM left running on this directory. */
    private static void stopLeftover(Path work, Path data) throws IOException {
        if (Files.exists(data.resolve("postmaster.pid")) && Files.isDirectory(work)) {
            new RestartablePostgres(data, 0, findPgCtl(work)).run(List.of(findPgCtl(work).toString(), "stop", "-D",
                    data.toString(), "-m", "immediate", "-w"));
        }
    }

    private static List<String> asUnprivileged() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0 ? List.of("unshare", "-U") : List.of();
        } catch (IOException unavailable) {
            return List.of();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
