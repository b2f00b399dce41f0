package io.careops.platform.problem;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database outage (the client may retry shortly: 503) from a bug (500). An outage is
 * whatever says the connection is gone or cannot be had, wherever it sits in the chain of
 * causes and suppressed exceptions that Hibernate, Agroal, Narayana and Arc wrap around it:
 * <ul>
 * <li>SQLState class {@code 08} (connection exception: refused, broken, I/O error);</li>
 * <li>{@code 57P01} admin shutdown ("terminating connection due to administrator command", what a
 * PostgreSQL restart sends to every open connection), {@code 57P02} crash shutdown, {@code 57P03}
 * cannot connect now (starting up or shutting down), {@code 53300} too many connections;</li>
 * <li>Hibernate's {@code JDBCConnectionException}, the JDK's connection exceptions
 * ({@code SQLTransientConnectionException}, {@code SQLNonTransientConnectionException},
 * {@code ConnectException}), and Agroal's pool acquisition timeout.</li>
 * </ul>
 * Transaction and rollback wrappers ({@code RollbackException}, {@code TransactionalException},
 * {@code ArcUndeclaredThrowableException}, Quarkus's {@code QuarkusTransactionException}) carry
 * the failure as a cause or as a suppressed exception; both are searched.
 */
public final class DatabaseOutage {

    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String HIBERNATE_CONNECTION_FAILURE = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseOutage() {
    }

    public static boolean in(Throwable failure) {
        return anywhere(failure, DatabaseOutage::isOutage);
    }

    /**
     * The database is reachable but the request ran out of time or lost a race, and the same request
     * may well succeed if sent again shortly (503 too, not a bug):
     * <ul>
     * <li>the transaction outlived its timeout, so Narayana's reaper rolled it back and the commit
     * (or the next statement) found it gone: {@code ARJUNA016102} "The transaction is not active",
     * Agroal's "Enlisted connection used without active transaction";</li>
     * <li>SQLState {@code 55P03} lock not available (a {@code lock_timeout}), {@code 57014} a
     * statement cancelled by {@code statement_timeout}, {@code 40001} serialization failure,
     * {@code 40P01} deadlock detected.</li>
     * </ul>
     * Under heavy load these answered 500 before, which told clients the request was wrong.
     */
    public static boolean busy(Throwable failure) {
        return anywhere(failure, DatabaseOutage::isBusy);
    }

    private static boolean anywhere(Throwable failure, java.util.function.Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (test.test(current)) {
                return true;
            }
            if (current.getCause() != null) {
                pending.push(current.getCause());
            }
            for (Throwable suppressed : current.getSuppressed()) {
                pending.push(suppressed);
            }
            if (current instanceof SQLException sql && sql.getNextException() != null) {
                pending.push(sql.getNextException());
            }
        }
        return false;
    }

    private static final Set<String> BUSY_STATES = Set.of("55P03", "57014", "40001", "40P01");

    private static boolean isBusy(Throwable failure) {
        if (failure instanceof SQLException sql && BUSY_STATES.contains(sql.getSQLState())) {
            return true;
        }
        String message = failure.getMessage();
        return message != null && (message.contains("ARJUNA016102")
                || message.contains("Enlisted connection used without active transaction"));
    }

    private static boolean isOutage(Throwable failure) {
        if (failure instanceof java.sql.SQLTransientConnectionException
                || failure instanceof java.sql.SQLNonTransientConnectionException
                || failure instanceof java.net.ConnectException
                || HIBERNATE_CONNECTION_FAILURE.equals(failure.getClass().getName())) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("08") || OUTAGE_STATES.contains(state)) {
                return true;
            }
        }
        // Agroal: "Acquisition timeout while waiting for new connection" (a plain SQLException).
        return failure.getMessage() != null && failure.getMessage().startsWith("Acquisition timeout");
    }
}
