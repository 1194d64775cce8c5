package com.axolop.crm.adapter.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool's sessions carry the configured timeouts, so no statement and no forgotten transaction holds one long. */
class PostgresDatabaseTest {
    private final PostgresDatabase database = PostgresDatabase.connect(TestDatabase.jdbcUrl(),
            EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, 2, Duration.ofMillis(500),
            Duration.ofMillis(700));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aStatementPastTheStatementTimeoutIsCancelled() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("select pg_sleep(2)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
        }
    }

    @Test
    void aTransactionLeftIdlePastItsTimeoutLosesItsSession() throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select 1");

            Thread.sleep(1_500);

            assertThatThrownBy(() -> statement.execute("select 1")).isInstanceOf(SQLException.class);
        }
    }
}
