package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** An event no subscriber can take goes to crm.dlq with the error, and the partition moves on. */
class DeadLetterTest {
    @Test
    void anEventThatKeepsFailingIsDeadLetteredAndLaterEventsStillArrive() throws Exception {
        String workspace = "ws-" + UUID.randomUUID();
        Api api = Api.as(TestTokens.member(workspace));
        api.createLead("{\"name\":\"Before the poison\"}"); // the relay creates the topics on first use
        awaitActivities(api, 1);
        String key = "poison-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestServer.kafka().bootstrapServers()), new StringSerializer(), new StringSerializer());
             var dlq = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                     TestServer.kafka().bootstrapServers(), "group.id", "dlq-" + UUID.randomUUID(),
                     "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            producer.send(new ProducerRecord<>("crm.lead", key, "{\"not\":\"a cloud event\"}")).get();
            dlq.subscribe(List.of("crm.dlq"));

            ConsumerRecord<String, String> dead = null;
            Instant deadline = Instant.now().plusSeconds(30);
            while (dead == null && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : dlq.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        dead = record;
                    }
                }
            }

            assertThat(dead).isNotNull();
            assertThat(new String(dead.headers().lastHeader("dlq_error").value(), StandardCharsets.UTF_8))
                    .contains("Not a CRM CloudEvent");
            assertThat(new String(dead.headers().lastHeader("dlq_topic").value(), StandardCharsets.UTF_8))
                    .isEqualTo("crm.lead");
        }
        api.createLead("{\"name\":\"After the poison\"}");
        awaitActivities(api, 2);
        assertThat(api.get("/api/v1/analytics/activity").json().path("data")).hasSize(2);
    }

    private static void awaitActivities(Api api, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (api.get("/api/v1/analytics/activity").json().path("data").size() < count
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }
}
