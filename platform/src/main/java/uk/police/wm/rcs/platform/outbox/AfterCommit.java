package uk.police.wm.rcs.platform.outbox;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed, at most once per transaction for a given key: how the
 * event outbox wakes its relay and the webhook outbox its worker, so neither waits for its next poll after a write.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Registers {@code action} to run after the current transaction commits (not after a rollback), unless an action
     * under the same {@code key} is already registered in this transaction.
     */
    public static void once(TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
