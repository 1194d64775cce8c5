package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Committed lead writes reach Kafka through the outbox relay as CloudEvents, in order, and only those. */
class EventStreamApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));

    @Test
    void committedWritesArriveAsCloudEventsInCommitOrder() {
        try (var tap = new EventTap(workspace)) {
            String id = api.createLead("{\"name\":\"Acme\"}");
            api.put("/api/v1/leads/" + id, "{\"name\":\"Acme\",\"status\":\"QUALIFIED\"}");
            api.delete("/api/v1/leads/" + id);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 4);

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type"))
                    .containsExactly("lead.created", "lead.updated", "lead.status_changed", "lead.deleted");
            ConsumerRecord<String, String> created = events.getFirst();
            assertThat(created.topic()).isEqualTo("crm.lead");
            assertThat(created.key()).isEqualTo(id);
            assertThat(EventTap.header(created, "ce_specversion")).isEqualTo("1.0");
            assertThat(EventTap.header(created, "ce_id")).matches("[0-9a-f-]{36}");
            assertThat(EventTap.header(created, "ce_subject")).isEqualTo(id);
            assertThat(EventTap.header(created, "ce_time")).endsWith("Z");
            assertThat(EventTap.header(created, "content-type")).isEqualTo("application/json");
            assertThat(created.value()).contains("\"name\":\"Acme\"", "\"workspace_id\":\"" + workspace + "\"");
            assertThat(events).extracting(ConsumerRecord::partition).containsOnly(created.partition());
            String metrics = Api.anonymous().get("/metrics").body();
            assertThat(metrics).containsPattern("crm_outbox_published_total\\{[^}]*} [1-9]")
                    .contains("crm_outbox_backlog{", "crm_outbox_oldest_unpublished_age_seconds{",
                            "crm_consumer_lag{group=\"crm-subscribers\"");
        }
    }

    @Test
    void concurrentWritesArriveExactlyOnceEachAndInCommitOrderPerLead() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(api.createLead("{\"name\":\"Lead " + i + "\"}"));
        }
        try (var tap = new EventTap(workspace); var clients = Executors.newFixedThreadPool(20)) {
            List<Future<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                String id = ids.get(i % ids.size());
                int n = i;
                writes.add(clients.submit(() -> api.put("/api/v1/leads/" + id,
                        "{\"name\":\"Lead " + id + " write " + n + "\"}").status()));
            }
            long committed = 0;
            for (Future<Integer> write : writes) {
                committed += write.get() == 200 ? 1 : 0;
            }
            long expected = 50 + committed;

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= expected);

            assertThat(committed).isEqualTo(1_000);
            assertThat(events.stream().map(record -> EventTap.header(record, "ce_id")).distinct().count())
                    .isEqualTo(expected);
            Map<String, List<Long>> versionsPerLead = new HashMap<>();
            for (ConsumerRecord<String, String> record : events) {
                versionsPerLead.computeIfAbsent(record.key(), key -> new ArrayList<>())
                        .add(JSON.readTree(record.value()).at("/lead/version").asLong());
            }
            assertThat(versionsPerLead).hasSize(50).allSatisfy((lead, versions) ->
                    assertThat(versions).as(lead).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates());
        }
    }

    @Test
    void everyEventTypeConformsToItsPublishedSchema() {
        try (var tap = new EventTap(workspace)) {
            String id = api.createLead("{\"name\":\"Acme\",\"email\":\"a@acme.com\",\"value\":10.5,"
                    + "\"tags\":[\"x\"],\"custom_fields\":{\"k\":{\"n\":1}}}");
            api.put("/api/v1/leads/" + id, "{\"name\":\"Acme\",\"status\":\"LOST\",\"assigned_to\":\"rep-1\"}");
            api.delete("/api/v1/leads/" + id);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 5);

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type")).containsExactly(
                    "lead.created", "lead.updated", "lead.status_changed", "lead.assigned", "lead.deleted");
            for (ConsumerRecord<String, String> event : events) {
                String type = EventTap.header(event, "ce_type");
                assertThat(EventSchemas.violations(type, event.value())).as(type + ": " + event.value()).isEmpty();
            }
            assertThat(EventSchemas.violations("lead.created", "{\"lead\":{\"id\":\"x\"}}")).isNotEmpty();
        }
    }

    @Test
    void aRefusedWriteProducesNoEvent() {
        try (var tap = new EventTap(workspace)) {
            String id = api.createLead("{\"name\":\"Acme\"}");
            assertThat(api.put("/api/v1/leads/" + id, "{\"name\":\"Stale\"}", "If-Match", "\"9\"").status())
                    .isEqualTo(412);
            api.put("/api/v1/leads/" + id, "{\"name\":\"Fresh\"}");

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 2);

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type"))
                    .containsExactly("lead.created", "lead.updated");
            assertThat(events.getLast().value()).contains("\"name\":\"Fresh\"");
        }
    }

    @Test
    void eventsWrittenWhileKafkaIsDownArriveOnceItIsBack() {
        try (var tap = new EventTap(workspace)) {
            TestServer.kafka().stop();
            try {
                for (int i = 0; i < 5; i++) {
                    assertThat(api.post("/api/v1/leads", "{\"name\":\"During outage " + i + "\"}").status())
                            .isEqualTo(201);
                }
                assertThat(Api.anonymous().get("/health/kafka").status()).isEqualTo(503);
                Api.Answer ready = Api.anonymous().get("/health/ready");
                assertThat(ready.status()).isEqualTo(200);
                assertThat(ready.body()).contains("degraded: events wait in the outbox");
            } finally {
                TestServer.kafka().start();
            }

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 5);

            assertThat(events).hasSize(5).allSatisfy(record ->
                    assertThat(EventTap.header(record, "ce_type")).isEqualTo("lead.created"));
        }
    }
}
