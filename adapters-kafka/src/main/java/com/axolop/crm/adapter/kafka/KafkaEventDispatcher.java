package com.axolop.crm.adapter.kafka;

import com.axolop.crm.application.background.Worker;
import com.axolop.crm.application.event.DispatchEventUseCase;
import com.axolop.crm.application.event.ReceivedEvent;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes every crm.* topic in one consumer group and hands each event to the application's
 * subscribers. Offsets are committed only after a batch was handled; an event that still fails after
 * {@value #ATTEMPTS} attempts goes to {@code crm.dlq} with the error in headers instead of blocking its
 * partition.
 */
public class KafkaEventDispatcher implements AutoCloseable {
    public static final String DEAD_LETTER_TOPIC = "crm.dlq";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaEventDispatcher.class);
    private static final Pattern EVENT_TOPICS = Pattern.compile("crm\\.(?!dlq$).+");
    private static final String SOURCE_PREFIX = "/axolop-crm/workspaces/";
    private static final int ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> deadLetters;
    private final DispatchEventUseCase dispatch;
    private final Worker worker;
    private volatile double lag;

    public KafkaEventDispatcher(KafkaConnection kafka, String group, DispatchEventUseCase dispatch,
                                MeterRegistry meters) {
        this.dispatch = dispatch;
        // The consumer is single-threaded: the poll loop reads its lag, the gauge reads the copy.
        meters.getOrCreate(Gauge.builder("crm_consumer_lag", () -> lag)
                .description("Events the subscribers' consumer group is behind (largest partition lag)")
                .tags(List.of(Tag.create("group", group))));
        this.consumer = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000)), new StringDeserializer(), new StringDeserializer());
        this.deadLetters = new KafkaProducer<>(kafka.with(Map.of(ProducerConfig.ACKS_CONFIG, "all")),
                new StringSerializer(), new StringSerializer());
        this.worker = new Worker("event-dispatcher", this::run, thread -> consumer.wakeup());
    }

    public KafkaEventDispatcher start() {
        worker.start();
        return this;
    }

    private void run(Worker self) {
        consumer.subscribe(EVENT_TOPICS);
        while (self.running()) {
            try {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    handle(record);
                }
                consumer.commitSync();
                lag = maxLag();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.atWarn().setCause(e).log("Event dispatch paused: {}", e.toString());
                self.pause(Duration.ofSeconds(1));
            }
        }
    }

    private double maxLag() {
        return consumer.metrics().entrySet().stream()
                .filter(metric -> metric.getKey().name().equals("records-lag-max")
                        && metric.getKey().tags().size() == 1)
                .map(metric -> metric.getValue().metricValue())
                .filter(value -> value instanceof Double number && !number.isNaN())
                .mapToDouble(value -> (Double) value).max().orElse(0);
    }

    private void handle(ConsumerRecord<String, String> record) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                dispatch.dispatch(toEvent(record));
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        deadLetter(record, failure);
    }

    private void deadLetter(ConsumerRecord<String, String> record, RuntimeException failure) {
        var letter = new ProducerRecord<>(DEAD_LETTER_TOPIC, null, record.key(), record.value(), record.headers());
        letter.headers().add("dlq_error", String.valueOf(failure).getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dlq_topic", record.topic().getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dlq_offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.send(letter).get();
            LOG.atError().setCause(failure).log("Event {} sent to {}", header(record, "ce_id"), DEAD_LETTER_TOPIC);
        } catch (Exception e) {
            throw new IllegalStateException("Could not dead-letter an event; its batch will be retried", e);
        }
    }

    @SuppressWarnings("unchecked")
    static ReceivedEvent toEvent(ConsumerRecord<String, String> record) {
        try {
            String source = header(record, "ce_source");
            return new ReceivedEvent(UUID.fromString(header(record, "ce_id")), header(record, "ce_type"),
                    record.topic().substring(KafkaEventPublisher.TOPIC_PREFIX.length()), header(record, "ce_subject"),
                    new WorkspaceId(source.substring(SOURCE_PREFIX.length())), Instant.parse(header(record, "ce_time")),
                    JSON.readValue(record.value(), Map.class));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a CRM CloudEvent: " + e.getMessage(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new IllegalArgumentException("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        worker.close();
        consumer.close(Duration.ofSeconds(2));
        deadLetters.close(Duration.ofSeconds(2));
    }
}
