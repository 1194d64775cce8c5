package com.axolop.crm.adapter.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.port.UnavailableException;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The transaction runner over a PostgreSQL that is stopped, then started again on the same port and data. */
class DatabaseOutageTest {
    @Test
    void whileTheDatabaseIsAwayCallsFailAtOnceAsUnavailableAndWorkAgainOnceItIsBack() throws Exception {
        try (var server = EmbeddedPostgresServer.startRestartable();
             var database = PostgresDatabase.connect(server.jdbcUrl(), EmbeddedPostgresServer.USER,
                     EmbeddedPostgresServer.PASSWORD, 4)) {
            var db = new PostgresTransactionRunner(database.dataSource());
            db.inTransaction(() -> db.withConnection(c -> c.createStatement().execute("create table t (n int)")));
            var background = new AtomicBoolean(true);
            // Background work (the outbox relay, job workers) asks the pool throughout, as in the service.
            Thread worker = Thread.ofVirtual().start(() -> {
                while (background.get()) {
                    try (var connection = database.dataSource().getConnection()) {
                        Thread.sleep(50);
                    } catch (Exception e) {
                        // the database is away
                    }
                }
            });

            server.stop();
            assertThatThrownBy(() -> insert(db, 1)).isInstanceOf(UnavailableException.class);
            Instant start = Instant.now();
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> insert(db, 2)).isInstanceOf(UnavailableException.class)
                        .satisfies(e -> assertThat(((UnavailableException) e).retryAfter()).isPositive());
            }
            assertThat(Duration.between(start, Instant.now())).as("20 calls once the outage is known")
                    .isLessThan(Duration.ofSeconds(2));
            Thread.sleep(6_000); // longer than any backoff of the pool's own reconnection attempts

            server.start();
            Instant restarted = Instant.now();
            while (!succeeds(() -> insert(db, 3)) && Instant.now().isBefore(restarted.plusSeconds(10))) {
                Thread.sleep(20);
            }
            assertThat(Duration.between(restarted, Instant.now())).as("time to work again")
                    .isLessThan(Duration.ofSeconds(1));
            background.set(false);
            worker.join();
            int kept = db.withConnection(c -> {
                try (ResultSet rows = c.createStatement().executeQuery("select count(*) from t where n = 3")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(kept).isEqualTo(1);
        }
    }

    private static void insert(PostgresTransactionRunner db, int n) {
        db.inTransaction(() -> db.withConnection(c -> c.createStatement().execute("insert into t values (" + n + ")")));
    }

    private static boolean succeeds(Runnable call) {
        try {
            call.run();
            return true;
        } catch (UnavailableException e) {
            return false;
        }
    }
}
