package com.axolop.crm.adapter.postgres.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.metrics.api.Metrics;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;

/** The connection pool, its migrations and its health, as one closeable resource. */
public final class PostgresDatabase implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final ReconnectingDataSource connections;

    private PostgresDatabase(HikariDataSource dataSource, ReconnectingDataSource connections) {
        this.dataSource = dataSource;
        this.connections = connections;
    }

    public static PostgresDatabase connect(String jdbcUrl, String user, String password, int poolSize) {
        return connect(jdbcUrl, user, password, poolSize, Duration.ZERO, Duration.ZERO);
    }

    /**
     * Every pooled session gets {@code statementTimeout} (one statement, or one fetch of a cursor) and
     * {@code idleInTransactionTimeout} (a transaction left waiting, such as an export whose client stopped
     * reading: PostgreSQL ends the session and the connection leaves the pool); zero leaves either unlimited.
     * Migrations run without the statement timeout.
     */
    public static PostgresDatabase connect(String jdbcUrl, String user, String password, int poolSize,
                                           Duration statementTimeout, Duration idleInTransactionTimeout) {
        return connect(jdbcUrl, user, password, poolSize, statementTimeout, idleInTransactionTimeout,
                new QueryTimer(Metrics.globalRegistry(), Duration.ofSeconds(1)));
    }

    /** As above, every statement timed by {@code queries}. */
    public static PostgresDatabase connect(String jdbcUrl, String user, String password, int poolSize,
                                           Duration statementTimeout, Duration idleInTransactionTimeout,
                                           QueryTimer queries) {
        String options = "-c statement_timeout=" + statementTimeout.toMillis()
                + " -c idle_in_transaction_session_timeout=" + idleInTransactionTimeout.toMillis();
        var connections = new ReconnectingDataSource(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "options="
                + URLEncoder.encode(options, StandardCharsets.UTF_8).replace("+", "%20"), user, password, queries);
        var config = new HikariConfig();
        config.setDataSource(connections);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("crm");
        // Short waits: the ConnectionGate waits again on a pool that is only busy, and tells an outage from it by
        // the failure the pool reports, within one wait.
        config.setConnectionTimeout(Duration.ofMillis(500).toMillis());
        config.setValidationTimeout(Duration.ofMillis(250).toMillis());
        // Connections are made when asked for (and kept while in use, up to the idle timeout), not held at a
        // minimum by background attempts that would keep failing through an outage.
        config.setMinimumIdle(0);
        // Let the pool start even if the database is down; readiness reports it and requests fail cleanly.
        config.setInitializationFailTimeout(-1);
        return new PostgresDatabase(new HikariDataSource(config), connections);
    }

    public void migrate() {
        // The pool gives up on a missing database within a second: a database still starting gets ~7 s (1+2+4).
        Flyway.configure().dataSource(dataSource).connectRetries(3).locations("classpath:db/migration")
                .initSql("set statement_timeout = 0").load().migrate();
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** True when a connection answers within two seconds. */
    public boolean isUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        connections.close();
        dataSource.close();
    }
}
