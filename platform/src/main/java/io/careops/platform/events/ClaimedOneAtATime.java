package io.careops.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The loop shared by the senders that work through a table of things due (webhook deliveries,
 * mails to people): claim one row with {@code FOR UPDATE SKIP LOCKED}, do it, record the outcome,
 * all in one transaction on a plain connection, so that several replicas share the work without
 * doing any of it twice; then the next, until nothing is due or a run's limit is reached.
 */
public final class ClaimedOneAtATime {

    /** One claim, the work and its record, on a connection whose transaction the caller ends. */
    @FunctionalInterface
    public interface Step {
        /** @return null when nothing was due, else whether the claimed work succeeded */
        Boolean claimDoRecord(Connection connection) throws SQLException;
    }

    /** What a run did: how many were tried and how many of them succeeded. */
    public record Tally(int attempted, int succeeded) {
    }

    private ClaimedOneAtATime() {
    }

    /** Runs {@code one} until it finds nothing due or {@code max} were tried. */
    public static Tally upTo(int max, Supplier<Boolean> one) {
        int attempted = 0;
        int succeeded = 0;
        while (attempted < max) {
            Boolean outcome = one.get();
            if (outcome == null) {
                break;
            }
            attempted++;
            if (outcome) {
                succeeded++;
            }
        }
        return new Tally(attempted, succeeded);
    }

    /**
     * One step in a transaction of its own: committed when it returns, rolled back when it throws
     * (so the claim is released and the row is due again).
     */
    public static Boolean inTransaction(DataSource dataSource, Step step, String what) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Boolean result = step.claimDoRecord(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(what + " failed: " + failure.getMessage(), failure);
        }
    }
}
