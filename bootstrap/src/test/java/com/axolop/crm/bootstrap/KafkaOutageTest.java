package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Consumers are promised the events of a record in the order it was written, whatever the broker does: here it is
 * away for longer than the producer's delivery timeout (short, for the test) while the same leads keep being updated.
 * Its own PostgreSQL and broker, so no other instance's relay takes part.
 */
class KafkaOutageTest {
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String workspace = "ws-" + UUID.randomUUID();

    @Test
    void eachLeadsEventsArriveInWriteOrderAndNoneIsLostAcrossAnOutageLongerThanTheDeliveryTimeout() throws Exception {
        try (var postgres = EmbeddedPostgresServer.startTemporary(); var kafka = EmbeddedKafkaBroker.startTemporary();
             var app = TestServer.start(Map.of("DATABASE_URL", postgres.jdbcUrl(),
                     "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                     "KAFKA_DELIVERY_TIMEOUT_MS", String.valueOf(DELIVERY_TIMEOUT.toMillis())));
             var tap = new EventTap(kafka.bootstrapServers(), 3, workspace, "crm.lead")) {
            Api api = Api.as(TestTokens.member(workspace)).on(TestServer.url(app));
            List<String> leads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                leads.add(api.createLead("{\"name\":\"Lead " + i + "\"}"));
            }
            var updates = LeadUpdates.start(api, leads, 4);
            Thread.sleep(500);
            kafka.stop();
            Thread.sleep(DELIVERY_TIMEOUT.multipliedBy(4).toMillis());
            kafka.start();
            Thread.sleep(1_000);
            Map<String, List<Long>> written = updates.stop();
            Set<String> expected = new HashSet<>();
            written.forEach((lead, versions) -> versions.forEach(version -> expected.add(lead + "@" + version)));

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> arrived(seen).containsAll(expected));

            assertThat(updates.refusals()).isEmpty();
            assertThat(expected).hasSizeGreaterThan(leads.size() * 5);
            assertThat(difference(expected, arrived(events))).as("events never delivered").isEmpty();
            assertThat(firstArrivalsPerLead(events)).allSatisfy((lead, versions) ->
                    assertThat(versions).as("versions of lead %s in the order consumers saw them first", lead)
                            .isSortedAccordingTo(Long::compare));
            long duplicates = events.size() - events.stream().map(event -> EventTap.header(event, "ce_id")).distinct()
                    .count();
            assertThat(duplicates).as("events delivered twice").isLessThanOrEqualTo(events.size() / 100);
        }
    }

    private static Set<String> arrived(List<ConsumerRecord<String, String>> events) {
        Set<String> arrived = new HashSet<>();
        events.forEach(event -> arrived.add(event.key() + "@" + version(event)));
        return arrived;
    }

    /** Per lead, the versions in topic order, a redelivered event counted where it first arrived. */
    private static Map<String, List<Long>> firstArrivalsPerLead(List<ConsumerRecord<String, String>> events) {
        Map<String, List<Long>> versions = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<String, String> event : events) {
            if (seen.add(EventTap.header(event, "ce_id"))) {
                versions.computeIfAbsent(event.key(), lead -> new ArrayList<>()).add(version(event));
            }
        }
        return versions;
    }

    private static Set<String> difference(Set<String> all, Set<String> some) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(some);
        return rest;
    }

    private static long version(ConsumerRecord<String, String> event) {
        try {
            return JSON.readTree(event.value()).at("/lead/version").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
