package com.axolop.crm.adapter.postgres.planted;

import com.axolop.crm.application.port.TransactionRunner;
import java.util.function.Supplier;

/** Planted violation: a PostgreSQL port adapter whose name does not say Postgres. */
public class LeadStore implements TransactionRunner {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public boolean transactionOpen() {
        return false;
    }

    @Override
    public void afterCommit(Runnable action) {
        action.run();
    }
}
