package com.axolop.crm.adapter.kafka;

import com.axolop.crm.application.adapterport.EventPublisher;
import com.axolop.crm.application.port.OutboxEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events as CloudEvents 1.0 in Kafka's binary mode: attributes in {@code ce_*} headers, the JSON payload as
 * the value, the aggregate id as the key (one partition per aggregate keeps its order), one topic per
 * aggregate type ({@code crm.lead}). The producer is idempotent with acks=all, unlimited retries and at most 5
 * requests in flight, so its own retries never reorder or duplicate within a session; a record it gives up on
 * (after the delivery timeout, or when it cannot even take it for want of the cluster's metadata) is reported
 * unacknowledged, and the relay sends it again before anything later of its aggregate.
 */
public class KafkaEventPublisher implements EventPublisher, AutoCloseable {
    public static final String TOPIC_PREFIX = "crm.";
    private static final String SOURCE_PREFIX = "/axolop-crm/workspaces/";
    private static final int LINGER_MS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConnection kafka;
    private final int partitions;
    private final short replication;
    private volatile boolean topicsReady;

    /** {@code deliveryTimeout}: how long the producer keeps trying a record before it gives it up (at least 1 s). */
    public KafkaEventPublisher(KafkaConnection kafka, int partitions, short replication, Duration deliveryTimeout) {
        this.kafka = kafka;
        this.partitions = partitions;
        this.replication = replication;
        int delivery = (int) Math.min(Integer.MAX_VALUE, deliveryTimeout.toMillis());
        this.producer = new KafkaProducer<>(kafka.with(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE,
                ProducerConfig.LINGER_MS_CONFIG, LINGER_MS,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery,
                // Kafka wants delivery >= linger + request timeout: every retry fits in the delivery timeout.
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(10_000, delivery - LINGER_MS),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(10_000, delivery))),
                new StringSerializer(), new ByteArraySerializer());
    }

    public static String topicOf(String aggregateType) {
        return TOPIC_PREFIX + aggregateType;
    }

    @Override
    public Set<UUID> publish(List<OutboxEvent> events) {
        // Here rather than at start-up: the service starts, and writes succeed, while Kafka is down.
        if (!topicsReady) {
            KafkaTopics.ensure(kafka, partitions, replication);
            topicsReady = true;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            Future<RecordMetadata> ack = send(event);
            acks.add(ack);
            if (ack.isDone() && !acknowledged(ack)) {
                break; // the producer could not take it (no metadata within max.block.ms): the rest waits too
            }
        }
        producer.flush();
        Set<UUID> acknowledged = new HashSet<>();
        for (int i = 0; i < acks.size(); i++) {
            if (acknowledged(acks.get(i))) {
                acknowledged.add(events.get(i).id());
            }
        }
        return acknowledged;
    }

    private Future<RecordMetadata> send(OutboxEvent event) {
        try {
            return producer.send(record(event));
        } catch (KafkaException | IllegalStateException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    // After flush every future is complete.
    private static boolean acknowledged(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing", e);
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
