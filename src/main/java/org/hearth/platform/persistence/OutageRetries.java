package org.hearth.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's own answer to a lost connection is to try again, three times, five seconds apart:
 * while the database is out every request then waited up to 15 s before its 503. The pool already
 * validates each connection it hands out (see {@link DataSourceSetup}), so one quick retry is
 * enough for a connection that broke between that check and its use. Applied with
 * {@link UtcInstants} (persistence.xml names one customizer).
 */
public class OutageRetries implements SessionCustomizer {

    static final int RETRIES = 1;
    static final int DELAY_MILLIS = 200;

    @Override
    public void customize(Session session) throws Exception {
        new UtcInstants().customize(session);
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(RETRIES);
            login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
        }
    }
}
