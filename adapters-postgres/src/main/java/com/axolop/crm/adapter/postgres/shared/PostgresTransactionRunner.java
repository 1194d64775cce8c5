package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.domain.refusal.ConflictException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Binds one connection to the calling thread for the length of a transaction, so the repositories and the
 * outbox a use case calls write through the same transaction. Requests run on their own virtual thread,
 * so the binding never leaks between requests. Connections come through a {@link ConnectionGate}: while the
 * database is away, calls fail at once with an {@code UnavailableException}, as does a call whose connection breaks.
 */
public class PostgresTransactionRunner implements TransactionRunner {
    private static final String DEADLOCK = "40P01";

    private final ConnectionGate gate;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = ThreadLocal.withInitial(ArrayList::new);

    public PostgresTransactionRunner(DataSource dataSource) {
        this.gate = new ConnectionGate(Objects.requireNonNull(dataSource));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        List<Runnable> committed;
        T result;
        try (Connection connection = gate.open()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                result = work.get();
                connection.commit();
                committed = List.copyOf(afterCommit.get());
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                current.remove();
                afterCommit.remove();
                restoreAutoCommit(connection);
            }
        } catch (SQLException e) {
            throw ConnectionGate.failure(e, "Transaction failed");
        }
        committed.forEach(Runnable::run);
        return result;
    }

    @Override
    public boolean transactionOpen() {
        return current.get() != null;
    }

    @Override
    public void afterCommit(Runnable action) {
        if (current.get() == null) {
            action.run();
        } else {
            afterCommit.get().add(action);
        }
    }

    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        Connection connection = current.get();
        if (connection == null) {
            throw new IllegalStateException("No transaction is open on this thread");
        }
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new DataAccessException("Savepoint failed", e);
        }
        try {
            T result = work.get();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } catch (SQLException e) {
            throw new DataAccessException("Savepoint release failed", e);
        }
    }

    /** Runs on the transaction's connection if one is open, else on a pooled connection in auto-commit. */
    public <T> T withConnection(SqlWork<T> work) {
        try {
            Connection bound = current.get();
            if (bound != null) {
                return work.run(bound);
            }
            try (Connection connection = gate.open()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            if (DEADLOCK.equals(e.getSQLState())) {
                // PostgreSQL undid one of two writes that waited on each other; sent again, it goes through.
                throw new ConflictException("The write collided with a concurrent one and was undone; send it again",
                        null);
            }
            throw ConnectionGate.failure(e, "Database access failed");
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
        try (Connection connection = gate.open()) {
            connection.setAutoCommit(false);
            try {
                // For this transaction only, sent with its BEGIN: the connection's own settings (each a round trip
                // to set and to restore) are left alone.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set transaction isolation level repeatable read, read only");
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection);
            }
        } catch (SQLException e) {
            throw ConnectionGate.failure(e, "Database access failed");
        }
    }

    /** For writes that are only correct as part of a larger transaction, such as outbox appends. */
    public <T> T inCurrentTransaction(SqlWork<T> work) {
        if (current.get() == null) {
            throw new IllegalStateException("No transaction is open on this thread");
        }
        return withConnection(work);
    }

    // A broken connection cannot be reset, and must neither hide why the work failed nor turn a commit into a
    // failure: the pool resets what it hands out again, and discards a broken connection.
    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // left to the pool
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
