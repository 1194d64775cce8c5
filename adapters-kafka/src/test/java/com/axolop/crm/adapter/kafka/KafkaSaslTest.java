package com.axolop.crm.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A managed Kafka asks its clients to log in: the publisher reaches a broker listener that wants SASL PLAIN. */
class KafkaSaslTest {
    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required "
            + "username=\"crm\" password=\"%s\";";
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = EmbeddedKafkaBroker.startTemporaryWithSasl("crm", "s3cret");
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void thePublisherLogsInWithSaslAndItsEventsArrive() {
        var sasl = new KafkaConnection(broker.saslBootstrapServers(), "SASL_PLAINTEXT", "PLAIN", JAAS.formatted("s3cret"));
        String lead = UUID.randomUUID().toString();

        try (var publisher = new KafkaEventPublisher(sasl, 1, (short) 1, Duration.ofSeconds(10))) {
            publisher.publish(List.of(event(lead)));
        }

        assertThat(keysOnTheLeadTopic()).contains(lead);
    }

    @Test
    void aWrongPasswordPublishesNothing() {
        var wrong = new KafkaConnection(broker.saslBootstrapServers(), "SASL_PLAINTEXT", "PLAIN", JAAS.formatted("nope"));

        try (var publisher = new KafkaEventPublisher(wrong, 1, (short) 1, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> publisher.publish(List.of(event(UUID.randomUUID().toString()))))
                    .isInstanceOf(RuntimeException.class);
        }
    }

    private static OutboxEvent event(String lead) {
        return new OutboxEvent(UUID.randomUUID(), "lead", lead, "lead.created", new WorkspaceId("ws-sasl"),
                Map.of("lead", Map.of("id", lead)), Instant.now());
    }

    // Read over the broker's plain listener, as an independent witness.
    private static List<String> keysOnTheLeadTopic() {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "witness-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(KafkaEventPublisher.topicOf("lead")));
            var keys = new java.util.ArrayList<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (keys.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach((ConsumerRecord<String, String> record) -> keys.add(record.key()));
            }
            return keys;
        }
    }
}
