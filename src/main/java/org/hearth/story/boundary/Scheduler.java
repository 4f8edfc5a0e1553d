package org.hearth.story.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.consent.boundary.Consents;

/**
 * Runs what is due, from the server and never from page hits: scheduled publication and
 * unpublication every two seconds, consent expiry (a takedown, exactly like a withdrawal), and
 * the 30-day expiry warnings hourly. Schedules live in the database, so they survive restarts;
 * each item runs in its own transaction under optimistic locking, so a second node racing for
 * the same item changes nothing and no job runs twice.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Scheduler {

    private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());
    private static final Duration WARNING_INTERVAL = Duration.ofHours(1);

    @Inject
    StoryWorkflow workflow;

    @Inject
    Consents consents;

    private Instant lastWarning = Instant.EPOCH;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void tick() {
        for (Long id : workflow.due()) {
            attempt(() -> workflow.runDue(id), "story " + id);
        }
        for (Long id : consents.dueForExpiry()) {
            attempt(() -> consents.expire(id), "consent expiry " + id);
        }
        if (Instant.now().isAfter(lastWarning.plus(WARNING_INTERVAL))) {
            lastWarning = Instant.now();
            attempt(consents::warnOfExpiries, "expiry warnings");
        }
    }

    private static void attempt(Runnable job, String what) {
        try {
            job.run();
        } catch (RuntimeException e) {
            // Another node got there first (optimistic lock), or the job failed: the next tick tries again.
            LOG.log(Level.FINE, "Scheduled " + what + " did not run now", e);
        }
    }
}
