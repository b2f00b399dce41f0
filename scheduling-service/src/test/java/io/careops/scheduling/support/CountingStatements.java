package io.careops.scheduling.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * A test hook on Hibernate: while a test counts ({@link #start} to {@link #stop}), every SQL
 * statement Hibernate sends is kept, so a test can show how many queries a request makes. It
 * passes every statement through unchanged, and keeps nothing when not counting.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class CountingStatements implements StatementInspector {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();
    private static volatile boolean counting;

    @Override
    public String inspect(String sql) {
        if (counting) {
            SEEN.add(sql);
        }
        return sql;
    }

    public static void start() {
        SEEN.clear();
        counting = true;
    }

    /** The statements sent since {@link #start}, in order. */
    public static List<String> stop() {
        counting = false;
        return List.copyOf(SEEN);
    }
}
