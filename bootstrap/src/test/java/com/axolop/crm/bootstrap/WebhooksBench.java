package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.job.PostgresJobQueue;
import com.axolop.crm.adapter.postgres.job.PostgresJobStore;
import com.axolop.crm.adapter.postgres.outbox.PostgresEventOutbox;
import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.PostgresExistingRecords;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.webhook.PostgresWebhookDeliveries;
import com.axolop.crm.adapter.postgres.webhook.PostgresWebhookRepository;
import com.axolop.crm.adapter.webhook.HelidonWebhookSender;
import com.axolop.crm.adapter.webhook.HostResolver;
import com.axolop.crm.adapter.webhook.WebhookTargetPolicy;
import com.axolop.crm.application.event.ReceivedEvent;
import com.axolop.crm.application.job.Backoff;
import com.axolop.crm.application.job.JobHandlers;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.job.QueueWorkers;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.application.webhook.WebhookDeliveryJob;
import com.axolop.crm.application.webhook.WebhookFanOut;
import com.axolop.crm.application.webhook.WebhookService;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.RetrySchedule;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.sun.net.httpserver.HttpServer;
import io.helidon.metrics.api.Metrics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * bench/webhooks: the delivery pipeline as production wires it (fan-out in the event's transaction, the webhook
 * queue, signed HTTP posts with the SSRF guard, the delivery log) to a local receiver. Throughput: EVENTS events
 * fanned out at once, delivered with CONCURRENCY slots. Latency: events committed at RATE/s for SECONDS, from the
 * fan-out's commit to the receiver's arrival (the Kafka hop before the fan-out is bench/events').
 */
public final class WebhooksBench {
    private static final WorkspaceId WORKSPACE = new WorkspaceId("bench");

    private WebhooksBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.parseInt(args[0]);
        int concurrency = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1000);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            Long committed = committedAt.remove(exchange.getRequestHeaders().getFirst("webhook-id"));
            if (committed != null) {
                latencies.add(System.nanoTime() - committed);
            }
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
             PostgresDatabase database = PostgresDatabase.connect(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                     EmbeddedPostgresServer.PASSWORD, 24)) {
            database.migrate();
            var db = new PostgresTransactionRunner(database.dataSource());
            Clock clock = Clock.systemUTC();
            var cipher = new AesGcmSecretCipher(EncryptionKeys.parse(AppConfig.DEV_ENCRYPTION_KEY), List.of());
            var subscriptions = new PostgresWebhookRepository(db, cipher);
            var policy = new WebhookTargetPolicy(new WebhookTargetPolicy.Settings(true, true, Set.of(), true),
                    HostResolver.SYSTEM);
            var webhooks = new WebhookService(subscriptions, new RecordWritePorts(new PostgresEventOutbox(db), db,
                    new PostgresExistingRecords(db), clock), policy);
            webhooks.create(new Actor(WORKSPACE, new UserId("bench"), Role.ADMIN), new WebhookDetails(
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", List.of("lead.*"), null, true));
            var deliveries = new PostgresWebhookDeliveries(db);
            var queue = new PostgresJobQueue(db);
            var job = new WebhookDeliveryJob(subscriptions, deliveries, webhooks,
                    new HelidonWebhookSender(policy, HelidonWebhookSender.TIMEOUT), queue, db,
                    new RetrySchedule(RetrySchedule.STANDARD, Math::random), clock);
            var fanOut = new WebhookFanOut(subscriptions, deliveries, queue, clock);
            var handlers = new JobHandlers().register(QueueName.WEBHOOK, WebhookDeliveryJob.TYPE, job);
            try (var store = new PostgresJobStore(db, database.dataSource(), Metrics.globalRegistry());
                 var workers = new QueueWorkers(store, handlers, new QueueWorkers.Settings(
                         Map.of(QueueName.WEBHOOK, concurrency), Duration.ofSeconds(1), Duration.ofSeconds(30),
                         Duration.ofHours(1), Backoff.DEFAULT), clock).start()) {
                // Throughput: a backlog fanned out in batches of 500 events per transaction.
                long start = System.nanoTime();
                for (int sent = 0; sent < events; sent += 500) {
                    int batch = Math.min(500, events - sent);
                    db.inTransaction(() -> {
                        for (int i = 0; i < batch; i++) {
                            fanOut.handle(event());
                        }
                        return null;
                    });
                }
                while (received.get() < events) {
                    Thread.sleep(20);
                }
                double took = (System.nanoTime() - start) / 1e9;
                System.out.printf("throughput: %d deliveries in %.2f s = %.0f deliveries/s (%d slots, fan-out "
                        + "included)%n", events, took, events / took, concurrency);
                latency(db, fanOut, committedAt, latencies, rate, seconds);
            }
        } finally {
            receiver.stop(0);
        }
        System.exit(0);
    }

    private static void latency(PostgresTransactionRunner db, WebhookFanOut fanOut, Map<String, Long> committedAt,
                                List<Long> latencies, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        var sent = new AtomicInteger();
        try (var timer = Executors.newScheduledThreadPool(4)) {
            timer.scheduleAtFixedRate(() -> {
                if (sent.getAndIncrement() < total) {
                    ReceivedEvent event = event();
                    db.inTransaction(() -> {
                        fanOut.handle(event);
                        return null;
                    });
                    committedAt.put(event.id().toString(), System.nanoTime());
                }
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
            while (latencies.size() < total && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            timer.shutdownNow();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("commit-to-delivery at %d events/s for %d s (%d delivered): p50 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms%n", rate, seconds, sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(sorted.size() * 99 / 100) / 1e6, sorted.getLast() / 1e6);
    }

    private static ReceivedEvent event() {
        return new ReceivedEvent(Uuids.v7(), "lead.created", "lead", Uuids.v7().toString(), WORKSPACE, Instant.now(),
                Map.of("lead", Map.of("name", "Ada Lovelace", "email", "ada@example.com", "status", "NEW")));
    }
}
