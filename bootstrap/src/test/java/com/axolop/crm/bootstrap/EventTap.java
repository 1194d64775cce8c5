package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.kafka.KafkaTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A test consumer of event topics (crm.lead unless told) that keeps the records of one workspace. */
final class EventTap implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final String source;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    EventTap(String workspace) {
        this(workspace, "crm.lead");
    }

    EventTap(String workspace, String... topics) {
        this(TestServer.kafka().bootstrapServers(), 1, workspace, topics);
    }

    /** A tap on another broker, whose topics it creates with {@code partitions} partitions if they are missing. */
    EventTap(String bootstrapServers, int partitions, String workspace, String... topics) {
        this.source = "/axolop-crm/workspaces/" + workspace;
        this.consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "group.id", "tap-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
        // Topics appear on the first publish; created here, a new subscriber sees them from the start.
        KafkaTopics.ensure(bootstrapServers, partitions, (short) 1);
        consumer.subscribe(List.of(topics));
    }

    /**
     * Polls until {@code done} holds for what was seen, then on to the end of every partition as it is then (a topic
     * has several: a record of another partition published before the one awaited may not have arrived yet), or until
     * 30 s pass; returns what was seen.
     */
    List<ConsumerRecord<String, String>> awaitUntil(Predicate<List<ConsumerRecord<String, String>>> done) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!done.test(seen) && Instant.now().isBefore(deadline)) {
            poll();
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())
                && Instant.now().isBefore(deadline)) {
            poll();
        }
        return List.copyOf(seen);
    }

    private void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            if (source.equals(header(record, "ce_source"))) {
                seen.add(record);
            }
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
