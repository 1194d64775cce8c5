package com.axolop.crm.devinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The outages the resilience tests stage: a Redis frozen and let go, a PostgreSQL stopped and started again. */
class EmbeddedOutagesTest {
    @Test
    void aPausedRedisAnswersNothingUntilResumedThenAnswersWhatWasSent() throws Exception {
        try (var redis = EmbeddedRedisServer.startOnFreePort(); var socket = new Socket("127.0.0.1", redis.port())) {
            socket.setSoTimeout(300);
            var replies = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));

            redis.pause();
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(replies::readLine).isInstanceOf(SocketTimeoutException.class);
            redis.resume();

            assertThat(replies.readLine()).isEqualTo("+PONG");
        }
    }

    @Test
    void aRestartablePostgresKeepsItsPortAndDataAcrossAStop() throws Exception {
        try (var postgres = EmbeddedPostgresServer.startRestartable()) {
            String url = postgres.jdbcUrl();
            execute(url, "create table kept (n int); insert into kept values (42)");

            postgres.stop();
            assertThatThrownBy(() -> execute(url, "select 1")).isInstanceOf(SQLException.class);
            postgres.start();

            assertThat(postgres.jdbcUrl()).isEqualTo(url);
            try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD); Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("select n from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
