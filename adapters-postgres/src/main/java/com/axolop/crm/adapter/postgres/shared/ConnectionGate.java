package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.port.UnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out the pool's connections and knows when the database is away. Once a connection could not be made or
 * broke, callers fail at once with an {@link UnavailableException} instead of each waiting for the pool, except one
 * caller every {@value #PROBE_EVERY_MS} ms, whose attempt is the probe: the first that gets a connection reopens
 * the gate. A pool that is only busy is waited on for up to {@link #BUSY_WAIT}, then is unavailable too.
 */
final class ConnectionGate {
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGate.class);
    private static final long PROBE_EVERY_MS = 200;
    private static final Duration BUSY_WAIT = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean down;
    private volatile long nextProbe;

    ConnectionGate(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection open() {
        long giveUp = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            boolean probe = enter();
            try {
                Connection connection = dataSource.getConnection(); // the pool waits up to its connectionTimeout
                reopen(probe);
                return connection;
            } catch (SQLException e) {
                if (probe) {
                    probing.set(false);
                }
                if (isConnectionFailure(e)) {
                    throw shut(e);
                }
                if (!(e instanceof SQLTransientConnectionException)) {
                    throw new DataAccessException("No database connection", e);
                }
                if (System.nanoTime() - giveUp > 0) {
                    throw new UnavailableException("The database is busy; try again shortly", RETRY_AFTER, e);
                }
            }
        }
    }

    /**
     * What a failed database call on an open connection becomes: unavailable when its connection failed (the gate
     * closes only when no new connection can be made: one broken connection is not an outage), else a bug.
     */
    static RuntimeException failure(SQLException e, String what) {
        return isConnectionFailure(e)
                ? new UnavailableException("The database is unavailable; try again shortly", RETRY_AFTER, e)
                : new DataAccessException(what, e);
    }

    private UnavailableException shut(SQLException e) {
        nextProbe = System.nanoTime() + PROBE_EVERY_MS * 1_000_000;
        if (!down) {
            down = true;
            LOG.warn("The database is unavailable; requests are answered 503 until it is back: {}", e.toString());
        }
        return new UnavailableException("The database is unavailable; try again shortly", RETRY_AFTER, e);
    }

    /** False when the gate is open; true for the one caller allowed to probe; throws for the others. */
    private boolean enter() {
        if (!down) {
            return false;
        }
        if (System.nanoTime() - nextProbe >= 0 && probing.compareAndSet(false, true)) {
            return true;
        }
        throw new UnavailableException("The database is unavailable; try again shortly", RETRY_AFTER, null);
    }

    private void reopen(boolean probe) {
        if (down) {
            down = false;
            LOG.info("The database is reachable again");
        }
        if (probe) {
            probing.set(false);
        }
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, broken, lost) and 57P01-57P03 (the server is shutting
     * down, crashed or not yet accepting), anywhere in the chain; the pool's timeout carries its last failure's.
     */
    static boolean isConnectionFailure(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }
}
