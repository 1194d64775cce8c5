package com.axolop.crm.adapter.postgres.shared;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Where the pool gets its physical connections. The first attempt that fails for want of the database fails at once,
 * so the pool reports the outage to whoever waits for a connection; later attempts, until one succeeds, keep trying
 * every {@link #RETRY_EVERY} for up to {@link #KEEP_TRYING} before they fail. So the pool's own retries, whose
 * backoff grows to 5 s between attempts, never wait long: once the database is back, the pool connects within
 * {@link #RETRY_EVERY}.
 */
final class ReconnectingDataSource implements DataSource {
    private static final Duration RETRY_EVERY = Duration.ofMillis(100);
    private static final Duration KEEP_TRYING = Duration.ofSeconds(60);

    private final String url;
    private final Properties properties = new Properties();
    private final QueryTimer queries;
    private volatile boolean failing;
    private volatile boolean closed;

    ReconnectingDataSource(String url, String user, String password, QueryTimer queries) {
        this.url = url;
        this.queries = queries;
        properties.setProperty("user", user);
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("connectTimeout", "2"); // seconds, for a host that does not answer at all
    }

    @Override
    public Connection getConnection() throws SQLException {
        long giveUp = System.nanoTime() + KEEP_TRYING.toNanos();
        while (true) {
            try {
                Connection connection = DriverManager.getConnection(url, properties);
                failing = false;
                return TimedConnections.timed(connection, queries);
            } catch (SQLException e) {
                if (!failing || closed || !ConnectionGate.isConnectionFailure(e) || System.nanoTime() - giveUp > 0) {
                    failing = ConnectionGate.isConnectionFailure(e);
                    throw e;
                }
                pause(e);
            }
        }
    }

    private static void pause(SQLException cause) throws SQLException {
        try {
            Thread.sleep(RETRY_EVERY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /** Attempts in progress give up: the pool is closing. */
    void close() {
        closed = true;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logs nowhere here
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the connect timeout is set on the driver
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
