package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.kafka.KafkaTopics;
import com.axolop.crm.adapter.rest.auth.TokenIssuer;
import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedRedisServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * For bench/outages, not a test: the service under a steady load of lead creates and updates through the API (each
 * acknowledged write read back at once), while Kafka is stopped, Redis frozen and PostgreSQL stopped, one after the
 * other. Per outage it prints what an operator checks: writes acknowledged, events missing, out of order and
 * delivered twice, stale reads, and the time to recover.
 */
public final class OutageDrill {
    private static final String SECRET = "bench-only-secret-long-enough-for-hs256-signing";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CACHE_ANSWERS =
            Pattern.compile("crm_cache_requests_total\\{cache=\"leads\",result=\"(?:hit|miss)\"[^}]*} ([0-9.E]+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final List<String> tokens;
    private final List<String> leads = new CopyOnWriteArrayList<>();
    private final Map<String, String> tokenOf = new ConcurrentHashMap<>();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> acknowledgedVersion = new ConcurrentHashMap<>();
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final List<Read> reads = new CopyOnWriteArrayList<>();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

    private record Write(long at, int status, String lead, long version) {
    }

    private record Read(long at, int status, boolean stale) {
    }

    private record Arrival(long at, String id, String lead, long version) {
    }

    private OutageDrill(String url, List<String> tokens) {
        this.url = url;
        this.tokens = tokens;
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        Duration steady = Duration.ofSeconds(Long.parseLong(args[1]));
        Duration kafkaDown = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration redisStall = Duration.ofSeconds(Long.parseLong(args[3]));
        Duration postgresDown = Duration.ofSeconds(Long.parseLong(args[4]));
        String deliveryTimeoutMs = args[5];
        Main.routeJulToSlf4j();
        try (var postgres = EmbeddedPostgresServer.startRestartable(); var redis = EmbeddedRedisServer.startOnFreePort();
             var kafka = EmbeddedKafkaBroker.startTemporary();
             var app = TestServer.startOver(postgres, redis, SECRET, Map.of(
                     "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                     "KAFKA_DELIVERY_TIMEOUT_MS", deliveryTimeoutMs))) {
            // A hundred workspaces: a write advances its own workspace's cache generation only, as with many tenants.
            var issuer = new TokenIssuer(SECRET.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                tokens.add(issuer.issue("drill-user-" + i, "drill-" + i + "-" + UUID.randomUUID(), "admin",
                        Duration.ofHours(2)));
            }
            var drill = new OutageDrill("http://localhost:" + app.port(), tokens);
            KafkaTopics.ensure(kafka.bootstrapServers(), 3, (short) 1);
            var running = new AtomicBoolean(true);
            Thread consumer = Thread.ofPlatform().name("drill-consumer").start(() -> drill.consume(kafka, running));
            for (int i = 0; i < 200; i++) {
                drill.create();
            }
            var load = Executors.newSingleThreadScheduledExecutor();
            load.scheduleAtFixedRate(() -> {
                Thread.ofVirtual().start(drill::write);
                Thread.ofVirtual().start(drill::readAny);
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            System.out.printf("drill: %d writes/s (1 in 5 a create, else an update; each read back) and %d reads/s of"
                    + " any lead, in 100 workspaces; %d s steady around each outage; delivery timeout %s ms%n", rate,
                    rate, steady.toSeconds(), deliveryTimeoutMs);

            drill.outage("kafka stopped " + kafkaDown.toSeconds() + " s", steady, kafkaDown, kafka::stop,
                    kafka::start, drill::eventsCaughtUp, "all events written before the restart delivered");
            drill.outage("redis paused " + redisStall.toSeconds() + " s", steady, redisStall, redis::pause,
                    redis::resume, drill::cacheAnswersAgain, "cache lookups answered again");
            drill.outage("postgres stopped " + postgresDown.toSeconds() + " s", steady, postgresDown, postgres::stop,
                    postgres::start, drill::writeAcknowledgedAgain, "first write acknowledged");

            load.shutdownNow();
            running.set(false);
            consumer.join();
        }
        System.exit(0);
    }

    private interface Recovery {
        long since(long restoredAt) throws Exception;
    }

    private void outage(String name, Duration steady, Duration length, Runnable stop, Runnable restore,
                        Recovery recovery, String recoveredWhen) throws Exception {
        long from = System.nanoTime();
        Thread.sleep(steady.toMillis());
        stop.run();
        Thread.sleep(length.toMillis());
        restore.run();
        long restoredAt = System.nanoTime();
        long recoveredAfter = recovery.since(restoredAt);
        Thread.sleep(Math.max(0, steady.toMillis() - (System.nanoTime() - restoredAt) / 1_000_000));
        long to = System.nanoTime();
        awaitEvents(to, Duration.ofSeconds(120));
        report(name, from, to, recoveredAfter, recoveredWhen);
    }

    private void report(String name, long from, long to, long recoveredAfter, String recoveredWhen) {
        List<Write> phase = writes.stream().filter(write -> write.at >= from && write.at < to).toList();
        List<Write> acknowledged = phase.stream().filter(write -> write.status / 100 == 2).toList();
        long refused = phase.stream().filter(write -> write.status == 503).count();
        long failed = phase.stream().filter(write -> write.status / 100 != 2 && write.status != 503).count();
        Set<String> arrived = new HashSet<>();
        arrivals.forEach(arrival -> arrived.add(arrival.lead + "@" + arrival.version));
        long missing = acknowledged.stream().filter(write -> !arrived.contains(write.lead + "@" + write.version))
                .count();
        Set<String> written = new HashSet<>();
        acknowledged.forEach(write -> written.add(write.lead + "@" + write.version));
        long outOfOrder = 0;
        long duplicates = 0;
        Set<String> seenIds = new HashSet<>();
        Map<String, Long> highest = new HashMap<>();
        for (Arrival arrival : List.copyOf(arrivals)) {
            boolean mine = written.contains(arrival.lead + "@" + arrival.version);
            if (!seenIds.add(arrival.id)) {
                duplicates += mine ? 1 : 0;
                continue;
            }
            long before = highest.getOrDefault(arrival.lead, 0L);
            if (arrival.version < before) {
                outOfOrder += mine ? 1 : 0;
            } else {
                highest.put(arrival.lead, arrival.version);
            }
        }
        List<Read> phaseReads = reads.stream().filter(read -> read.at >= from && read.at < to).toList();
        long stale = phaseReads.stream().filter(Read::stale).count();
        long readsRefused = phaseReads.stream().filter(read -> read.status == 503).count();
        System.out.printf("%-22s writes acknowledged %d (503 %d, other errors %d), events missing %d, out of order %d,"
                        + " duplicates %d, reads %d (503 %d), stale reads %d, time to recover %s (%s)%n", name,
                acknowledged.size(), refused, failed, missing, outOfOrder, duplicates, phaseReads.size(), readsRefused,
                stale, recoveredAfter < 0 ? "not within 120 s" : String.format("%.2f s", recoveredAfter / 1e9),
                recoveredWhen);
    }

    private void write() {
        if (ThreadLocalRandom.current().nextInt(5) == 0) {
            create();
            return;
        }
        String lead = leads.get(ThreadLocalRandom.current().nextInt(leads.size()));
        if (!busy.add(lead)) {
            create();
            return;
        }
        try {
            // A new name each time: one lead.updated event per acknowledged update, carrying its version.
            HttpResponse<String> answer = send(tokenOf.get(lead), "PUT", "/api/v1/leads/" + lead,
                    "{\"name\":\"Lead renamed " + UUID.randomUUID() + "\"}");
            if (answer == null) {
                return;
            }
            long version = answer.statusCode() == 200 ? json(answer).at("/data/version").asLong() : 0;
            writes.add(new Write(System.nanoTime(), answer.statusCode(), lead, version));
            if (version > 0) {
                acknowledgedVersion.merge(lead, version, Math::max);
                readBack(lead);
            }
        } finally {
            busy.remove(lead);
        }
    }

    private void create() {
        String token = tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()));
        HttpResponse<String> answer = send(token, "POST", "/api/v1/leads",
                "{\"name\":\"Drill lead\",\"status\":\"NEW\"}");
        if (answer == null) {
            return;
        }
        String lead = answer.statusCode() == 201 ? json(answer).at("/data/id").asText() : null;
        writes.add(new Write(System.nanoTime(), answer.statusCode(), lead, lead == null ? 0 : 1));
        if (lead != null) {
            acknowledgedVersion.put(lead, 1L);
            tokenOf.put(lead, token);
            leads.add(lead);
            readBack(lead);
        }
    }

    /** A read of a lead no write is changing now. */
    private void readAny() {
        if (leads.isEmpty()) {
            return;
        }
        String lead = leads.get(ThreadLocalRandom.current().nextInt(leads.size()));
        if (busy.add(lead)) {
            try {
                readBack(lead);
            } finally {
                busy.remove(lead);
            }
        }
    }

    /** A read after acknowledged writes: stale if it shows a version older than the last acknowledged. */
    private void readBack(String lead) {
        long expected = acknowledgedVersion.get(lead);
        HttpResponse<String> answer = send(tokenOf.get(lead), "GET", "/api/v1/leads/" + lead, null);
        if (answer != null) {
            boolean stale = answer.statusCode() == 200 && json(answer).at("/data/version").asLong() < expected;
            reads.add(new Read(System.nanoTime(), answer.statusCode(), stale));
        }
    }

    private void consume(EmbeddedKafkaBroker kafka, AtomicBoolean running) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers(),
                "group.id", "drill-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("crm.lead"));
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    String id = EventTap.header(record, "ce_id");
                    try {
                        long version = JSON.readTree(record.value()).at("/lead/version").asLong();
                        arrivals.add(new Arrival(System.nanoTime(), id, record.key(), version));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    /** Waits until every event of a write acknowledged before {@code until} arrived, up to {@code limit}. */
    private boolean awaitEvents(long until, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (missingBefore(until) == 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private long missingBefore(long until) {
        Set<String> arrived = new HashSet<>();
        arrivals.forEach(arrival -> arrived.add(arrival.lead + "@" + arrival.version));
        return writes.stream().filter(write -> write.at < until && write.status / 100 == 2)
                .filter(write -> !arrived.contains(write.lead + "@" + write.version)).count();
    }

    private long eventsCaughtUp(long restoredAt) throws InterruptedException {
        return awaitEvents(restoredAt, Duration.ofSeconds(120)) ? lastArrival() - restoredAt : -1;
    }

    private long lastArrival() {
        return arrivals.stream().mapToLong(Arrival::at).max().orElse(0);
    }

    /** Until a lookup reaches Redis again (a hit or a miss, not an error): the cache is in use again. */
    private long cacheAnswersAgain(long restoredAt) throws InterruptedException {
        double before = cacheAnswers();
        long deadline = restoredAt + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (cacheAnswers() > before) {
                return System.nanoTime() - restoredAt;
            }
            Thread.sleep(20);
        }
        return -1;
    }

    private double cacheAnswers() {
        HttpResponse<String> metrics = send(tokens.getFirst(), "GET", "/metrics", null);
        Matcher answers = CACHE_ANSWERS.matcher(metrics == null ? "" : metrics.body());
        double total = 0;
        while (answers.find()) {
            total += Double.parseDouble(answers.group(1));
        }
        return total;
    }

    private long writeAcknowledgedAgain(long restoredAt) throws InterruptedException {
        long deadline = restoredAt + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            var first = writes.stream().filter(write -> write.at >= restoredAt && write.status / 100 == 2)
                    .mapToLong(Write::at).min();
            if (first.isPresent()) {
                return first.getAsLong() - restoredAt;
            }
            Thread.sleep(20);
        }
        return -1;
    }

    private HttpResponse<String> send(String token, String method, String path, String body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
