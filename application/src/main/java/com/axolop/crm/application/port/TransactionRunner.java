package com.axolop.crm.application.port;

import java.util.function.Supplier;

/** Runs work in one database transaction: everything it writes commits together or not at all. */
public interface TransactionRunner {
    /** A call inside an open transaction joins it: the outermost call commits. */
    <T> T inTransaction(Supplier<T> work);

    /** Whether this thread is inside an open transaction, which a write made now would join. */
    boolean transactionOpen();

    /**
     * Runs {@code action} once the open transaction has committed (never if it rolls back), or now if none
     * is open; for effects outside the database, such as cache invalidation, that must not run ahead of the
     * commit even when the caller's transaction is nested in a larger one.
     */
    void afterCommit(Runnable action);

    /**
     * Inside an open transaction: runs work so that, if it throws, only its own writes are undone and the
     * transaction goes on (one item of a batch). The default suits stores without partial rollback.
     */
    default <T> T inSavepoint(Supplier<T> work) {
        return work.get();
    }
}
