package com.axolop.crm.application.shared;

import java.util.function.Supplier;

/** Runs work in one database transaction: everything it writes commits together or not at all. */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);
}
