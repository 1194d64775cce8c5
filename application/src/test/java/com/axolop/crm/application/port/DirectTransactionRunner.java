package com.axolop.crm.application.port;

import java.util.function.Supplier;

/** Test fake: runs the work directly; the in-memory fakes need no transaction. */
public class DirectTransactionRunner implements TransactionRunner {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public void afterCommit(Runnable action) {
        action.run();
    }
}
