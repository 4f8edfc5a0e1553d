package org.hearth.platform.files;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Ties a file written by {@link AtomicFiles} to the transaction whose row names it: when the
 * transaction rolls back the new file is deleted, when it commits the file it replaces is. A
 * crash between the two leaves an unreferenced file, never a row without its file; the owner's
 * start-up sweep removes it.
 */
@ApplicationScoped
public class FileCommit {

    private static final Logger LOG = Logger.getLogger(FileCommit.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Writes {@code content} to {@code file} now (durably), and arranges what happens at the end
     * of the current transaction: {@code file} goes if it rolls back, {@code replaced} (may be
     * null) goes if it commits.
     */
    public void write(Path file, byte[] content, Path replaced) {
        AtomicFiles.write(file, content);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    if (replaced != null && !replaced.equals(file)) {
                        AtomicFiles.deleteQuietly(replaced);
                    }
                } else {
                    LOG.fine(() -> "Transaction did not commit; removing " + file);
                    AtomicFiles.deleteQuietly(file);
                }
            }
        });
    }
}
