import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Prints a fingerprint (md5) of every table the legacy import writes, per service database, so two
 * runs can be compared: {@code strict} covers every column, {@code content} leaves out when rows
 * were written (created_at, updated_at, version, import times), so a run on a fresh database can be
 * compared with another. Needs the PostgreSQL JDBC driver on the classpath (benchmark.sh finds it).
 *
 *   java -cp postgresql.jar legacy-import/bench/Fingerprint.java PG_PORT
 */
public class Fingerprint {

    static final Map<String, List<String>> TABLES = Map.of(
            "careops_scheduling", List.of("care_home", "unit", "staff", "shift_type", "agency_company", "shift", "legacy_key"),
            "careops_incident_safety", List.of("incident", "root_cause_analysis", "analysis_why", "analysis_fishbone_cause",
                    "safety_action_plan", "action_plan_transition", "action_plan_progress", "reference_counter", "legacy_key"),
            "careops_compliance", List.of("staff_certification", "expiry_alert", "legacy_key"));

    static final String WRITTEN = "ARRAY['created_at','updated_at','version','first_imported_at','last_imported_at']";

    public static void main(String[] args) throws Exception {
        String port = args[0];
        for (String database : List.of("careops_scheduling", "careops_incident_safety", "careops_compliance")) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "postgres");
                    Statement s = c.createStatement()) {
                for (String table : TABLES.get(database)) {
                    try (ResultSet r = s.executeQuery("""
                            SELECT count(*), md5(coalesce(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text), '')),
                                   md5(coalesce(string_agg((to_jsonb(t) - %s)::text, '|' ORDER BY (to_jsonb(t) - %s)::text), ''))
                            FROM %s t""".formatted(WRITTEN, WRITTEN, table))) {
                        r.next();
                        System.out.printf("%s.%s rows=%d strict=%s content=%s%n", database, table, r.getLong(1), r.getString(2), r.getString(3));
                    }
                }
            }
        }
    }
}
