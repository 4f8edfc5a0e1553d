package org.hearth.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.hearth.shared.Causes;

/**
 * Recognizes a failure that means "the database cannot be reached right now" (it is stopped,
 * restarting, unreachable, or the pool cannot open a connection to it), as opposed to a bug or a
 * refused statement. Decided by exception types and SQL states anywhere in the cause chain (the
 * pool, EclipseLink and JTA wrap the driver's exception), never by message text. Callers answer
 * such a failure with 503 and {@link #RETRY_AFTER}: the pool validates its connections, so Hearth
 * serves again as soon as the database is back, without a restart.
 */
public final class DatabaseOutage {

    /** What a client is told to wait before trying again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    /** Request attribute set when a request was refused because the database is out (error pages read it). */
    public static final String ATTRIBUTE = "hearth.database-unavailable";
    /** SQL state class 08: connection exception (SQL:2016, used by Connector/J, MariaDB and H2). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseOutage() {
    }

    /** Whether {@code thrown}, or anything that caused it, says the database cannot be reached. */
    public static boolean isCause(Throwable thrown) {
        return thrown != null && Causes.of(thrown).anyMatch(DatabaseOutage::isOutage);
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            // Connector/J's CommunicationsException is an SQLRecoverableException.
            return true;
        }
        if (cause instanceof SQLException sql) {
            return isConnectionState(sql.getSQLState()) || nextIsOutage(sql);
        }
        if (cause instanceof DatabaseException database) {
            // EclipseLink marks a failure it traced to a broken connection.
            return database.isCommunicationFailure();
        }
        return false;
    }

    private static boolean nextIsOutage(SQLException sql) {
        SQLException next = sql.getNextException();
        return next != null && next != sql && next != sql.getCause() && isCause(next);
    }

    static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith(CONNECTION_EXCEPTION_CLASS);
    }
}
