package org.hearth.media.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Ties file work to the outcome of the current transaction: new files go when it rolls back,
 * files it stopped naming go once it commits. A crash in between leaves only files no row names,
 * which the start-up sweep removes.
 */
@ApplicationScoped
public class FileTransactions {

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void onRollback(Runnable undo) {
        at(false, undo);
    }

    public void afterCommit(Runnable then) {
        at(true, then);
    }

    private void at(boolean committed, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    action.run();
                }
            }
        });
    }
}
