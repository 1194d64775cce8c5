package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL is away, a request that needs it is answered at once with a 503 in the error format, with
 * Retry-After; once it is back, reads and writes work again without a restart, and every write that was acknowledged
 * is there. Its own restartable PostgreSQL, so stopping it stops no other test's database.
 */
class DatabaseOutageTest {
    private final String workspace = "ws-" + UUID.randomUUID();

    @Test
    void requestsAre503sWhileTheDatabaseIsAwayAndNothingAcknowledgedIsLostOnceItIsBack() throws Exception {
        try (var postgres = EmbeddedPostgresServer.startRestartable();
             var app = TestServer.start(Map.of("DATABASE_URL", postgres.jdbcUrl(), "KAFKA_BOOTSTRAP_SERVERS", ""))) {
            Api api = Api.as(TestTokens.member(workspace)).on(TestServer.url(app));
            String lead = api.createLead("{\"name\":\"Before the outage\"}");
            try (var writers = new LeadCreates(api, 4)) {
                Thread.sleep(300);

                postgres.stop();
                ErrorFormat.assertError(api.get("/api/v1/leads/" + lead), 503, "/api/v1/leads/" + lead);
                for (int i = 0; i < 10; i++) {
                    Instant start = Instant.now();
                    Api.Answer read = api.get("/api/v1/leads/" + lead);
                    Api.Answer write = api.post("/api/v1/leads", "{\"name\":\"During the outage\"}");
                    assertThat(List.of(read.status(), write.status())).containsOnly(503);
                    assertThat(read.header("Retry-After")).hasValueSatisfying(seconds ->
                            assertThat(Integer.parseInt(seconds)).isPositive());
                    assertThat(Duration.between(start, Instant.now())).as("two requests while the pool knows")
                            .isLessThan(Duration.ofSeconds(1));
                }
                assertThat(Api.anonymous().on(TestServer.url(app)).get("/health/ready").status()).isEqualTo(503);

                postgres.start();
                Instant restarted = Instant.now();
                while (api.get("/api/v1/leads/" + lead).status() != 200
                        && Instant.now().isBefore(restarted.plusSeconds(10))) {
                    Thread.sleep(20);
                }
                assertThat(Duration.between(restarted, Instant.now())).as("time to serve reads again")
                        .isLessThan(Duration.ofSeconds(2));
                assertThat(api.post("/api/v1/leads", "{\"name\":\"After the outage\"}").status()).isEqualTo(201);
                Thread.sleep(300);
            }
        }
    }

    /** Clients creating leads throughout; every answer must be a 201 or a 503, and every 201 must be kept. */
    private static final class LeadCreates implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final List<Integer> statuses = new CopyOnWriteArrayList<>();
        private final List<Thread> clients = new CopyOnWriteArrayList<>();
        private final Api api;

        LeadCreates(Api api, int clients) {
            this.api = api;
            for (int i = 0; i < clients; i++) {
                this.clients.add(Thread.ofVirtual().start(this::create));
            }
        }

        private void create() {
            while (running.get()) {
                Api.Answer answer = api.post("/api/v1/leads", "{\"name\":\"Steady\"}");
                statuses.add(answer.status());
                if (answer.status() == 201) {
                    acknowledged.add(answer.json().at("/data/id").asText());
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
            assertThat(statuses).as("answers to creates during the outage").containsOnly(201, 503)
                    .contains(201, 503);
            assertThat(acknowledged).allSatisfy(id ->
                    assertThat(api.get("/api/v1/leads/" + id).status()).as("acknowledged lead %s", id).isEqualTo(200));
        }
    }
}
