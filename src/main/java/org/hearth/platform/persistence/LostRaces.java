package org.hearth.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.hearth.shared.Causes;

/**
 * Takes a transactional call again when it lost an optimistic-lock race: for work that is not an
 * edit of a state the caller saw (a consent withdrawal must happen, whatever the scheduler's expiry
 * or due publications changed at the same moment), a lost race is a reason to try again, not a
 * conflict to report. Any other failure, and a race lost {@value #ATTEMPTS} times, goes to the caller.
 *
 * <p>Each attempt must run in a transaction of its own, begun by the boundary it calls: a retry
 * inside the transaction that lost would only fail again. So this is called from outside any
 * transaction (resources, backing beans), and says so loudly ({@code NEVER}) when it is not.
 */
@ApplicationScoped
public class LostRaces {

    static final int ATTEMPTS = 3;

    /** {@code call} (which begins its own transaction), again after each lost race, at most {@value #ATTEMPTS} times. */
    @Transactional(Transactional.TxType.NEVER)
    public <T> T retry(Supplier<T> call) {
        return attempt(ATTEMPTS, call);
    }

    /** {@link #retry(Supplier)} for a call that returns nothing. */
    @Transactional(Transactional.TxType.NEVER)
    public void retry(Runnable call) {
        attempt(ATTEMPTS, () -> {
            call.run();
            return null;
        });
    }

    /** An optimistic-lock failure anywhere in the cause chain (transactions wrap it). */
    public static boolean lostARace(Throwable thrown) {
        return Causes.find(thrown, OptimisticLockException.class).isPresent();
    }

    static <T> T attempt(int attempts, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !lostARace(e)) {
                    throw e;
                }
            }
        }
    }
}
