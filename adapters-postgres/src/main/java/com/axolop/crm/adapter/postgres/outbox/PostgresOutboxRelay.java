package com.axolop.crm.adapter.postgres.outbox;

import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.application.adapterport.EventPublisher;
import com.axolop.crm.application.background.Worker;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.domain.shared.WorkspaceId;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards committed {@code outbox_events} to the {@link EventPublisher} in {@code seq} order, then marks
 * them published. One instance relays at a time: the relay holds a PostgreSQL advisory lock on its own
 * connection, so order per aggregate holds with many instances. It wakes on NOTIFY, polls as a fallback,
 * and backs off while publishing fails (rows simply wait; writers are never blocked).
 *
 * <p>A batch goes out in rounds of at most one event per aggregate, each round once the previous one was
 * acknowledged, and stops at the first round the stream did not fully acknowledge: what it acknowledged is marked,
 * the rest is sent again from its first unacknowledged event, in order. So an aggregate's later event is never in
 * the stream before an earlier one, whatever the broker does. An event sent again had usually not been written;
 * when it had (its acknowledgement was lost), or its mark did not commit, it arrives twice: consumers dedupe by id.
 */
public class PostgresOutboxRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresOutboxRelay.class);
    private static final long ADVISORY_LOCK_KEY = 0x61786F6C6F70L; // "axolop"
    private static final int BATCH = 500;
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final String UNPUBLISHED = """
            select id, aggregate_type, aggregate_id, event_type, workspace_id, payload::text, occurred_at
            from outbox_events where published_at is null order by seq limit ?""";

    private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final EventPublisher publisher;
    private final Duration retention;
    private final Counter published;
    private final Counter failures;
    private final Worker worker;
    private Instant nextClean = Instant.now();

    /** Published rows older than {@code retention} are deleted as the relay goes. */
    public PostgresOutboxRelay(DataSource dataSource, EventPublisher publisher, Duration retention,
                               MeterRegistry meters) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.retention = retention;
        this.published = meters.getOrCreate(Counter.builder("crm_outbox_published")
                .description("Outbox events acknowledged by the event stream"));
        this.failures = meters.getOrCreate(Counter.builder("crm_outbox_publish_failures")
                .description("Outbox relay passes that stopped on a failure (retried with backoff)"));
        meters.getOrCreate(Gauge.builder("crm_outbox_backlog", () -> backlog("count(*)"))
                .description("Outbox events not yet published"));
        meters.getOrCreate(Gauge.builder("crm_outbox_oldest_unpublished_age_seconds",
                        () -> backlog("coalesce(extract(epoch from now() - min(occurred_at)), 0)"))
                .description("Age of the oldest unpublished outbox event"));
        this.worker = new Worker("outbox-relay", this::run, Thread::interrupt);
    }

    public PostgresOutboxRelay start() {
        worker.start();
        return this;
    }

    private void run(Worker self) {
        Duration backoff = POLL;
        while (self.running()) {
            try (Connection connection = dataSource.getConnection()) {
                if (!tryLeadership(connection)) {
                    self.pause(POLL.multipliedBy(5));
                    continue;
                }
                try {
                    listen(connection);
                    backoff = POLL;
                    while (self.running()) {
                        if (relayBatch(connection) == BATCH) {
                            continue;
                        }
                        awaitNotification(connection);
                    }
                } finally {
                    release(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (!self.running()) {
                    return;
                }
                failures.increment();
                LOG.atWarn().setCause(e).log("Outbox relay paused for {} ms: {}", backoff.toMillis(), e.toString());
                self.pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Publishes and marks one batch, round by round; returns its size. Throws, after marking what was acknowledged,
     * when the stream did not acknowledge a round.
     */
    int relayBatch(Connection connection) throws SQLException {
        List<OutboxEvent> events = unpublished(connection);
        for (List<OutboxEvent> round : rounds(events)) {
            Set<UUID> acknowledged = publisher.publish(round);
            markPublished(connection, acknowledged);
            published.increment(acknowledged.size());
            if (acknowledged.size() < round.size()) {
                throw new IllegalStateException((round.size() - acknowledged.size()) + " of " + round.size()
                        + " events were not acknowledged; they go again, ahead of their aggregates' later events");
            }
        }
        if (Instant.now().isAfter(nextClean)) {
            deletePublishedBefore(connection, Instant.now().minus(retention));
            nextClean = Instant.now().plus(CLEAN_EVERY);
        }
        return events.size();
    }

    /** Round n holds the n-th event of each aggregate in the batch, in seq order. */
    static List<List<OutboxEvent>> rounds(List<OutboxEvent> events) {
        Map<String, Integer> seen = new HashMap<>();
        List<List<OutboxEvent>> rounds = new ArrayList<>();
        for (OutboxEvent event : events) {
            int round = seen.merge(event.aggregateType() + "/" + event.aggregateId(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(event);
        }
        return rounds;
    }

    private static boolean tryLeadership(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + ADVISORY_LOCK_KEY + ")")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    // The pool keeps the physical connection: its session must not keep the lock or the subscription.
    private static void release(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("unlisten *");
            statement.execute("select pg_advisory_unlock_all()");
        } catch (SQLException e) {
            LOG.debug("Could not release the relay session; the pool will discard it", e);
        }
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen outbox_events");
        }
    }

    private static void awaitNotification(Connection connection) throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications((int) POLL.toMillis());
    }

    private static List<OutboxEvent> unpublished(Connection connection) throws SQLException {
        List<OutboxEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(UNPUBLISHED)) {
            select.setInt(1, BATCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new OutboxEvent(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), new WorkspaceId(rows.getString(5)), Json.readObject(rows.getString(6)),
                            rows.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return events;
    }

    private static void markPublished(Connection connection, Set<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_events set published_at = now() where id = any(?)")) {
            update.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }

    private static void deletePublishedBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox_events where published_at < ?")) {
            delete.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            delete.executeUpdate();
        }
    }

    // Read on each scrape; the partial index on unpublished rows keeps it cheap.
    private double backlog(String aggregate) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "select " + aggregate + " from outbox_events where published_at is null")) {
            result.next();
            return result.getDouble(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
