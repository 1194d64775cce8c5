package com.axolop.crm.application.shared;

import java.util.function.Supplier;

/** Runs work in one database transaction: everything it writes commits together or not at all. */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Inside an open transaction: runs work so that, if it throws, only its own writes are undone and the
     * transaction goes on (one item of a batch). The default suits stores without partial rollback.
     */
    /**
     * Runs {@code action} once the open transaction has committed (never if it rolls back), or at once when
     * none is open: for effects outside the database, such as cache invalidation, that must not run early.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }

    default <T> T inSavepoint(Supplier<T> work) {
        return work.get();
    }
}
