package com.axolop.crm.adapter.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import io.helidon.metrics.api.Metrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A statement slower than the threshold is logged by name, never with its values (the meters are counted in
 * bootstrap's tests: this module has no metrics implementation, so its registry counts nothing).
 */
class QueryTimerTest {
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger log = (Logger) LoggerFactory.getLogger(QueryTimer.class);
    private PostgresDatabase database;

    @BeforeEach
    void connect() {
        database = PostgresDatabase.connect(TestDatabase.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD, 2, Duration.ZERO, Duration.ZERO,
                new QueryTimer(Metrics.globalRegistry(), Duration.ofMillis(200)));
        lines.start();
        log.addAppender(lines);
    }

    @AfterEach
    void close() {
        log.detachAppender(lines);
        database.close();
    }

    @Test
    void aSlowStatementIsLoggedWithItsDurationAndNameButNotItsValues() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select pg_sleep(0.3), ?::text as secret")) {
            select.setString(1, "hunter2-value");
            select.executeQuery().close();
        }

        List<ILoggingEvent> slow = List.copyOf(lines.list);
        assertThat(slow).hasSize(1);
        ILoggingEvent event = slow.getFirst();
        assertThat(event.getFormattedMessage()).startsWith("Slow query: ");
        assertThat(event.getKeyValuePairs()).anySatisfy(pair -> {
            assertThat(pair.key).isEqualTo("statement");
            assertThat(pair.value).isEqualTo("select pg_sleep(?), ?::text as secret");
        });
        assertThat(event.getKeyValuePairs()).anySatisfy(pair -> {
            assertThat(pair.key).isEqualTo("durationMs");
            assertThat((Double) pair.value).isGreaterThanOrEqualTo(300.0);
        });
        assertThat(event.toString() + event.getKeyValuePairs()).doesNotContain("hunter2-value");
    }

    @Test
    void aFastStatementIsNotLogged() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement select = connection.createStatement()) {
            select.executeQuery("select 1").close();
        }

        assertThat(lines.list).isEmpty();
    }

    @Test
    void aStatementsNameMasksItsLiteralsAndWhitespace() {
        assertThat(QueryTimer.name("select *\n  from leads where name = 'O''Brien' and value > 42.5 and v7 = ?"))
                .isEqualTo("select * from leads where name = ? and value > ? and v7 = ?");
        assertThat(QueryTimer.name("select " + "x, ".repeat(200))).hasSize(203).endsWith("...");
    }
}
