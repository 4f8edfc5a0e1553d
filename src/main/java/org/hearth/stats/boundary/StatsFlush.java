package org.hearth.stats.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes the counted views every five seconds, and once more when the server stops. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class StatsFlush {

    private static final Logger LOG = Logger.getLogger(StatsFlush.class.getName());

    @Inject
    ViewCounts counts;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        try {
            counts.flush();
        } catch (RuntimeException e) {
            // Kept in memory by ViewCounts: the next tick tries again (a second node may have created the row).
            LOG.log(Level.FINE, "View counts not written now", e);
        }
    }

    @PreDestroy
    void last() {
        tick();
    }
}
