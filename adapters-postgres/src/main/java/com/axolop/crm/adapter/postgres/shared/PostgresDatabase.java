package com.axolop.crm.adapter.postgres.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;

/** The connection pool, its migrations and its health, as one closeable resource. */
public final class PostgresDatabase implements AutoCloseable {
    private final HikariDataSource dataSource;

    private PostgresDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static PostgresDatabase connect(String jdbcUrl, String user, String password, int poolSize) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("crm");
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        // Let the pool start even if the database is down; readiness reports it and requests fail cleanly.
        config.setInitializationFailTimeout(-1);
        return new PostgresDatabase(new HikariDataSource(config));
    }

    public void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
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
        dataSource.close();
    }
}
