package io.careops.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures answer 503 (retry shortly) rather than 500 (a bug), however they are wrapped. */
class DatabaseOutageTest {

    private static SQLException state(String sqlState, String message) {
        return new SQLException(message, sqlState);
    }

    @Test
    void aConnectionCutByAPostgresRestartIsAnOutageWhereverItIsWrapped() {
        SQLException terminated = state("57P01", "FATAL: terminating connection due to administrator command");
        // What reached the mapper as 500 internal-error before: Hibernate's generic wrapper.
        assertTrue(DatabaseOutage.in(new GenericJDBCException("could not execute statement", terminated)));
        assertTrue(DatabaseOutage.in(new PersistenceException("flush failed",
                new GenericJDBCException("could not execute statement", terminated))));
        // A commit that failed: Narayana puts the cause on a rollback exception, as cause or suppressed.
        assertTrue(DatabaseOutage.in(new RuntimeException("ARJUNA016053: Could not commit transaction.", terminated)));
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("resource failed", terminated));
        assertTrue(DatabaseOutage.in(rollback));
        // Chained SQL exceptions (batch updates).
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(terminated);
        assertTrue(DatabaseOutage.in(batch));
    }

    @Test
    void connectionStatesShutdownStatesPoolTimeoutsAndRefusedConnectionsAreOutages() {
        for (String sqlState : new String[] {"08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300"}) {
            assertTrue(DatabaseOutage.in(new PersistenceException(state(sqlState, "down"))), sqlState);
        }
        assertTrue(DatabaseOutage.in(new JDBCConnectionException("unable to obtain connection", new SQLException("x"))));
        assertTrue(DatabaseOutage.in(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseOutage.in(new RuntimeException(new SQLTransientConnectionException("pool closed"))));
        assertTrue(DatabaseOutage.in(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void bugsAndDataRuleFailuresAreNot() {
        assertFalse(DatabaseOutage.in(new NullPointerException()));
        assertFalse(DatabaseOutage.in(new PersistenceException(state("23505", "duplicate key"))));
        assertFalse(DatabaseOutage.in(new PersistenceException(state("42P01", "relation does not exist"))));
        assertFalse(DatabaseOutage.in(new PersistenceException(state("57014", "canceling statement due to statement timeout"))));
        assertFalse(DatabaseOutage.in(null));
        // A cycle in the cause chain ends the search instead of looping.
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.in(first));
    }

    @Test
    void aTimedOutTransactionAndLockOrStatementTimeoutsAreBusyNotBugs() {
        // What a commit after Narayana's reaper rolled the transaction back throws, however wrapped.
        RuntimeException reaped = new RuntimeException("ARJUNA016102: The transaction is not active! Uid is 0:ffff:1");
        assertTrue(DatabaseOutage.busy(reaped));
        assertTrue(DatabaseOutage.busy(new RuntimeException("commit failed", reaped)));
        RuntimeException suppressed = new RuntimeException("request failed");
        suppressed.addSuppressed(reaped);
        assertTrue(DatabaseOutage.busy(suppressed));
        // A statement after the rollback, on the connection the transaction had enlisted.
        assertTrue(DatabaseOutage.busy(new PersistenceException(new SQLException(
                "Enlisted connection used without active transaction"))));
        for (String sqlState : new String[] {"55P03", "57014", "40001", "40P01"}) {
            assertTrue(DatabaseOutage.busy(new PersistenceException(state(sqlState, "busy"))), sqlState);
        }
        assertFalse(DatabaseOutage.busy(new PersistenceException(state("23505", "duplicate key"))));
        assertFalse(DatabaseOutage.busy(new NullPointerException()));
        assertFalse(DatabaseOutage.busy(null));
    }
}
