package com.axolop.crm.application.port;

import java.util.function.Supplier;

/** Test fake: runs the work directly (the in-memory fakes need no transaction), counting the ones open. */
public class DirectTransactionRunner implements TransactionRunner {
    private final ThreadLocal<Integer> open = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        open.set(open.get() + 1);
        try {
            return work.get();
        } finally {
            open.set(open.get() - 1);
        }
    }

    @Override
    public boolean transactionOpen() {
        return open.get() > 0;
    }

    @Override
    public void afterCommit(Runnable action) {
        action.run();
    }
}
