package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.shared.TransactionRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Binds one connection to the calling thread for the length of a transaction, so the repositories and the
 * outbox a use case calls write through the same transaction. Requests run on their own virtual thread,
 * so the binding never leaks between requests.
 */
public class PostgresTransactionRunner implements TransactionRunner {
    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    public PostgresTransactionRunner(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        List<Runnable> committed = new ArrayList<>();
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            afterCommit.set(committed);
            try {
                result = work.get();
                connection.commit();
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                current.remove();
                afterCommit.remove();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Transaction failed", e);
        }
        committed.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> pending = afterCommit.get();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
        }
    }

    /** Runs on the transaction's connection if one is open, else on a pooled connection in auto-commit. */
    public <T> T withConnection(SqlWork<T> work) {
        try {
            Connection bound = current.get();
            if (bound != null) {
                return work.run(bound);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Database access failed", e);
        }
    }

    /**
     * Several reads that must agree, such as a page and its total: one read-only snapshot (repeatable
     * read), or the open transaction's.
     */
    public <T> T inSnapshot(SqlWork<T> work) {
        if (current.get() != null) {
            return withConnection(work);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Database access failed", e);
        }
    }

    /** For writes that are only correct as part of a larger transaction, such as outbox appends. */
    public <T> T inCurrentTransaction(SqlWork<T> work) {
        if (current.get() == null) {
            throw new IllegalStateException("No transaction is open on this thread");
        }
        return withConnection(work);
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
