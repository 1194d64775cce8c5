package com.axolop.crm.adapter.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the event topics that do not exist yet, with the configured partitions and replication. */
public final class KafkaTopics {
    /** One topic per aggregate type that emits events. */
    public static final List<String> AGGREGATE_TYPES = List.of("lead", "contact", "opportunity", "calendar", "form",
            "workflow", "email", "webhook", "integration", "campaign");

    private KafkaTopics() {
    }

    public static void ensure(String bootstrapServers, int partitions, short replication) {
        ensure(KafkaConnection.plaintext(bootstrapServers), partitions, replication);
    }

    public static void ensure(KafkaConnection kafka, int partitions, short replication) {
        try (Admin admin = Admin.create(kafka.with(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000)))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = java.util.stream.Stream.concat(
                            AGGREGATE_TYPES.stream().map(KafkaEventPublisher::topicOf),
                            java.util.stream.Stream.of(KafkaEventDispatcher.DEAD_LETTER_TOPIC))
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, replication)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create the Kafka topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka topics", e);
        }
    }
}
