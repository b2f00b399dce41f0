import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Empties what the legacy import writes in the local launcher's databases (never anything else:
 * the role catalogue and the seeded shift types stay), so benchmark.sh can compare a run on empty
 * tables with another without restarting the services. LOCAL DATABASES ONLY.
 *
 *   java -cp postgresql.jar legacy-import/bench/ResetImported.java PG_PORT
 */
public class ResetImported {

    static final Map<String, List<String>> STATEMENTS = Map.of(
            "careops_scheduling", List.of("TRUNCATE care_home, agency_company, legacy_key CASCADE",
                    "DELETE FROM shift_type WHERE id::text NOT LIKE '6d1b6a52-2f0e-4d7c-9c0a-00000000000_'"),
            "careops_incident_safety", List.of("TRUNCATE incident, reference_counter, legacy_key CASCADE"),
            "careops_compliance", List.of("TRUNCATE staff_certification, legacy_key CASCADE"));

    public static void main(String[] args) throws Exception {
        for (Map.Entry<String, List<String>> database : STATEMENTS.entrySet()) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + args[0] + "/" + database.getKey(),
                    "postgres", "postgres"); Statement s = c.createStatement()) {
                for (String sql : database.getValue()) {
                    s.execute(sql);
                }
            }
        }
        System.out.println("emptied the imported tables on port " + args[0]);
    }
}
