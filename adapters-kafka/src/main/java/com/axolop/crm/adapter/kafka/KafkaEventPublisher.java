package com.axolop.crm.adapter.kafka;

import com.axolop.crm.application.adapterport.EventPublisher;
import com.axolop.crm.application.port.OutboxEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events as CloudEvents 1.0 in Kafka's binary mode: attributes in {@code ce_*} headers, the JSON payload as
 * the value, the aggregate id as the key (one partition per aggregate keeps its order), one topic per
 * aggregate type ({@code crm.lead}). The producer is idempotent with acks=all, so retries never reorder
 * or duplicate within a session.
 */
public class KafkaEventPublisher implements EventPublisher, AutoCloseable {
    public static final String TOPIC_PREFIX = "crm.";
    private static final String SOURCE_PREFIX = "/axolop-crm/workspaces/";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, byte[]> producer;
    private final String bootstrapServers;
    private final int partitions;
    private final short replication;
    private volatile boolean topicsReady;

    public KafkaEventPublisher(String bootstrapServers, int partitions, short replication) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.replication = replication;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    public static String topicOf(String aggregateType) {
        return TOPIC_PREFIX + aggregateType;
    }

    @Override
    public void publish(List<OutboxEvent> events) {
        // Here rather than at start-up: the service starts, and writes succeed, while Kafka is down.
        if (!topicsReady) {
            KafkaTopics.ensure(bootstrapServers, partitions, replication);
            topicsReady = true;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            acks.add(producer.send(record(event)));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge an event", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while publishing", e);
            }
        }
    }

    static ProducerRecord<String, byte[]> record(OutboxEvent event) {
        var headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.id().toString());
        header(headers, "ce_source", SOURCE_PREFIX + event.workspace().value());
        header(headers, "ce_type", event.eventType());
        header(headers, "ce_time", event.occurredAt().toString());
        header(headers, "ce_subject", event.aggregateId());
        header(headers, "content-type", "application/json");
        return new ProducerRecord<>(topicOf(event.aggregateType()), null, event.aggregateId(), json(event.payload()),
                headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(Map<String, Object> payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload is not JSON", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
