package org.hearth.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    /** The chain Payara, EclipseLink and Connector/J gave with MariaDB stopped (its CommunicationsException is an SQLRecoverableException). */
    private static Throwable stoppedMariaDb() {
        SQLRecoverableException driver = new SQLRecoverableException("Communications link failure", "08S01",
                new ConnectException("Connection refused"));
        RuntimeException pool = new RuntimeException("Connection could not be allocated", driver);
        SQLException allocation = new SQLException("Error in allocating a connection", pool);
        return new PersistenceException(DatabaseException.sqlException(allocation));
    }

    @Test
    void theDriversConnectionFailuresAreFoundBehindEveryWrapper() {
        assertTrue(DatabaseOutage.isCause(stoppedMariaDb()));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new SQLTransientConnectionException("pool timed out"))));
        assertTrue(DatabaseOutage.isCause(new SQLNonTransientConnectionException("refused")));
    }

    @Test
    void anSqlStateOfClass08IsAConnectionFailureWhateverTheType() {
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("no route", "08001"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("link lost", "08S01")));
        SQLException batch = new SQLException("batch failed", "HY000");
        batch.setNextException(new SQLException("link lost", "08006"));
        assertTrue(DatabaseOutage.isCause(batch), "the next exception of a batch counts too");
    }

    @Test
    void eclipseLinksCommunicationFailureFlagCounts() {
        DatabaseException lost = DatabaseException.sqlException(new SQLException("closed", "HY000"));
        assertFalse(DatabaseOutage.isCause(lost));
        lost.setCommunicationFailure(true);
        assertTrue(DatabaseOutage.isCause(new PersistenceException(lost)));
    }

    @Test
    void refusedStatementsAndBugsAreNotAnOutage() {
        assertFalse(DatabaseOutage.isCause(new PersistenceException(DatabaseException.sqlException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))));
        assertFalse(DatabaseOutage.isCause(new SQLSyntaxErrorException("no such table", "42S02")));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state")));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.isCause(null));
    }

    @Test
    void theWordsOfAMessageDecideNothing() {
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("Communications link failure")));
        assertFalse(DatabaseOutage.isCause(new SQLException("Connection refused: database unavailable", "42000")));
    }

    @Test
    void aLoopInTheCauseChainEnds() {
        SQLException first = new SQLException("a", "HY000");
        SQLException second = new SQLException("b", "HY000", first);
        first.initCause(second);
        first.setNextException(second);
        assertFalse(DatabaseOutage.isCause(first));
    }
}
