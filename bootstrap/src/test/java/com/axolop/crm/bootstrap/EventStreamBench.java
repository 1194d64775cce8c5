package com.axolop.crm.bootstrap;

import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * For bench/events, not a test: commit-to-consumer latency at a steady write rate through the API, then
 * the relay's throughput on a backlog inserted straight into the outbox.
 */
public final class EventStreamBench {
    private EventStreamBench() {
    }

    public static void main(String[] args) throws Exception {
        int writesPerSecond = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int backlog = Integer.parseInt(args[2]);
        try (BenchStack bench = BenchStack.start()) {
            latency(bench.url(), bench.token(), bench.kafka(), writesPerSecond, seconds);
            throughput(bench.postgres(), backlog);
        }
        System.exit(0);
    }

    private static void latency(String url, String token, EmbeddedKafkaBroker kafka, int rate, int seconds)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        post(http, url, token); // creates the topic before the consumer subscribes
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers(),
                "group.id", "bench-" + UUID.randomUUID(), "auto.offset.reset", "latest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("crm.lead"));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            int total = rate * seconds;
            var writers = Executors.newScheduledThreadPool(4);
            long periodNanos = 1_000_000_000L / rate;
            for (int i = 0; i < total; i++) {
                writers.schedule(() -> post(http, url, token), i * periodNanos, TimeUnit.NANOSECONDS);
            }
            List<Long> latencies = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(seconds + 30L);
            while (latencies.size() < total && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    Instant occurred = Instant.parse(EventTap.header(record, "ce_time"));
                    latencies.add(Duration.between(occurred, Instant.now()).toMillis());
                }
            }
            writers.shutdownNow();
            Collections.sort(latencies);
            System.out.printf("commit-to-consumer at %d writes/s for %d s: %d events, p50 %d ms, p99 %d ms%n",
                    rate, seconds, latencies.size(), percentile(latencies, 50), percentile(latencies, 99));
        }
    }

    private static void throughput(EmbeddedPostgresServer postgres, int backlog) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = connection.createStatement()) {
            long start = System.nanoTime();
            sql.execute("""
                    insert into outbox_events (id, aggregate_type, aggregate_id, event_type, workspace_id, payload,
                                               occurred_at)
                    select uuidv7(), 'lead', 'bench-' || (g % 1000), 'lead.created', 'bench',
                           '{"lead": {"name": "Bench"}}', now() from generate_series(1, BACKLOG) g"""
                    .replace("BACKLOG", String.valueOf(backlog)));
            long waiting;
            do {
                Thread.sleep(50);
                try (ResultSet rows = sql.executeQuery("select count(*) from outbox_events where published_at is null")) {
                    rows.next();
                    waiting = rows.getLong(1);
                }
            } while (waiting > 0);
            double secondsTaken = (System.nanoTime() - start) / 1e9;
            System.out.printf("relay: %d events published in %.2f s = %.0f events/s%n", backlog, secondsTaken,
                    backlog / secondsTaken);
        }
    }

    private static void post(HttpClient http, String url, String token) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/leads"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long percentile(List<Long> sorted, int percentile) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }
}
