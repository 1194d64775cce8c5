package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Idempotency-Key on POST, end to end: replay without a second event, concurrent duplicates, expiry. The rules of
 * reuse, bad keys and failures are IdempotencyRoutesTest's, over the fake store the idempotency contract ties to
 * PostgreSQL's.
 */
class IdempotencyApiTest {
    private static final String LEADS = "/api/v1/leads";
    private static final String ACME = "{\"name\":\"Acme\"}";
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));
    private final String key = "key-" + UUID.randomUUID();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/leads    | crm.lead    | lead.created    | {\"name\":\"Acme\"}",
            "/api/v1/contacts | crm.contact | contact.created | {\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}"})
    void aRetryReplaysTheFirstReplyWithoutASecondWriteOrEvent(String path, String topic, String created, String body) {
        try (var tap = new EventTap(workspace, topic)) {
            Api.Answer first = api.post(path, body, "Idempotency-Key", key);
            Api.Answer retry = api.post(path, body, "Idempotency-Key", key);

            assertThat(first.status()).as(first.body()).isEqualTo(201);
            assertThat(first.header("Idempotent-Replayed")).isEmpty();
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).contains("true");
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isPresent();
            assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).contains("\"1\"");
            assertThat(retry.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(total(path)).isEqualTo(1);
            assertThat(createdEventsBeforeAMarker(tap, path, created)).containsExactly(id(first));
        }
    }

    @Test
    void concurrentDuplicatesWriteOnceAndAllGetTheSame201() throws Exception {
        int clients = 10;
        var start = new CyclicBarrier(clients);
        List<Future<Api.Answer>> sent = new ArrayList<>();
        try (var tap = new EventTap(workspace); var pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return api.post(LEADS, ACME, "Idempotency-Key", key);
                }));
            }
            List<Api.Answer> answers = new ArrayList<>();
            for (Future<Api.Answer> answer : sent) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                assertThat(answer.body()).isEqualTo(answers.getFirst().body());
                assertThat(answer.header("Location")).isEqualTo(answers.getFirst().header("Location"));
                assertThat(answer.header("ETag")).isEqualTo(answers.getFirst().header("ETag"));
            });
            assertThat(answers).filteredOn(answer -> answer.header("Idempotent-Replayed").isEmpty()).hasSize(1);
            assertThat(total(LEADS)).isEqualTo(1);
            assertThat(createdEventsBeforeAMarker(tap, LEADS, "lead.created")).containsExactly(id(answers.getFirst()));
        }
    }

    @Test
    void anExpiredKeyNoLongerReplaysAndIsCleanedUp() throws Exception {
        try (Application shortLived = TestServer.start(Map.of("IDEMPOTENCY_KEY_TTL_SECONDS", "1"))) {
            Api client = api.on(TestServer.url(shortLived));
            Api.Answer first = client.post(LEADS, ACME, "Idempotency-Key", key);
            Thread.sleep(1_100);

            Api.Answer later = client.post(LEADS, ACME, "Idempotency-Key", key);

            assertThat(later.status()).isEqualTo(201);
            assertThat(later.header("Idempotent-Replayed")).isEmpty();
            assertThat(id(later)).isNotEqualTo(id(first));
            Instant deadline = Instant.now().plusSeconds(10);
            while (keysStored() > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(keysStored()).isZero();
        }
    }

    /**
     * The ids in the created events up to a marker record created after the writes under test: the relay
     * publishes in commit order, so the event of a second write would be published before the marker's.
     */
    private List<String> createdEventsBeforeAMarker(EventTap tap, String path, String created) {
        String marker = id(api.post(path, path.equals(LEADS) ? "{\"name\":\"Marker\"}" : "{\"first_name\":\"Marker\"}"));
        List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.stream()
                .anyMatch(record -> record.key().equals(marker)));
        return events.stream()
                .filter(record -> created.equals(EventTap.header(record, "ce_type")))
                .map(ConsumerRecord::key)
                .filter(id -> !id.equals(marker))
                .toList();
    }

    private long total(String path) {
        return api.get(path).json().at("/pagination/total").asLong();
    }

    private static String id(Api.Answer created) {
        return created.json().at("/data/id").asText();
    }

    private int keysStored() throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestServer.postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from idempotency_keys where scope = ?")) {
            count.setString(1, "workspace:" + workspace);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
