package com.axolop.crm.adapter.postgres.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.adapterport.EventPublisher;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import io.helidon.metrics.api.Metrics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The relay's work on one batch, against a real PostgreSQL, with a publisher of our own. */
class PostgresOutboxRelayTest {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresEventOutbox outbox = new PostgresEventOutbox(db);
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    private final List<OutboxEvent> published = new ArrayList<>();

    @Test
    void publishesUnpublishedEventsInCommitOrderThenMarksThem() throws Exception {
        List<OutboxEvent> appended = append(3);
        var relay = relay(this::acknowledgeAll, Duration.ofDays(7));

        try (Connection connection = TestDatabase.get().dataSource().getConnection()) {
            relay.relayBatch(connection);
            relay.relayBatch(connection);
        }

        assertThat(mine(published)).extracting(OutboxEvent::id).containsExactlyElementsOf(
                appended.stream().map(OutboxEvent::id).toList());
        assertThat(mine(published).getFirst().payload()).containsEntry("n", 0);
        assertThat(unpublishedRows()).isZero();
    }

    @Test
    void keepsEventsUnpublishedWhenPublishingFails() throws Exception {
        append(2);
        var relay = relay(events -> {
            throw new IllegalStateException("broker down");
        }, Duration.ofDays(7));

        try (Connection connection = TestDatabase.get().dataSource().getConnection()) {
            assertThatThrownBy(() -> relay.relayBatch(connection)).hasMessage("broker down");
        }

        assertThat(unpublishedRows()).isEqualTo(2);
        try (Connection connection = TestDatabase.get().dataSource().getConnection()) {
            relay(this::acknowledgeAll, Duration.ofDays(7)).relayBatch(connection);
        }
    }

    @Test
    void sendsAnAggregatesNextEventOnlyOnceItsPreviousOneWasAcknowledged() throws Exception {
        List<OutboxEvent> appended = append("lead-a", "lead-a", "lead-b", "lead-a", "lead-b");
        List<List<String>> calls = new ArrayList<>();
        var relay = relay(events -> {
            calls.add(mine(events).stream().map(this::describe).toList());
            return acknowledgeAll(events);
        }, Duration.ofDays(7));

        try (Connection connection = TestDatabase.get().dataSource().getConnection()) {
            relay.relayBatch(connection);
        }

        assertThat(calls.stream().filter(call -> !call.isEmpty()).toList()).containsExactly(
                List.of("lead-a#0", "lead-b#2"), List.of("lead-a#1", "lead-b#4"), List.of("lead-a#3"));
        assertThat(mine(published)).extracting(OutboxEvent::id).containsExactlyInAnyOrderElementsOf(
                appended.stream().map(OutboxEvent::id).toList());
        assertThat(unpublishedRows()).isZero();
    }

    @Test
    void anUnacknowledgedEventGoesAgainBeforeAnyLaterEventOfItsAggregateAndAcknowledgedOnesDoNot()
            throws Exception {
        List<OutboxEvent> appended = append("lead-a", "lead-b", "lead-a", "lead-b");
        UUID lost = appended.get(0).id();
        List<String> sent = new ArrayList<>();
        EventPublisher losesOnce = events -> {
            mine(events).forEach(event -> sent.add(describe(event)));
            Set<UUID> acknowledged = acknowledgeAll(events);
            if (acknowledged.contains(lost) && sent.stream().filter("lead-a#0"::equals).count() == 1) {
                published.removeIf(event -> event.id().equals(lost));
                acknowledged.remove(lost);
            }
            return acknowledged;
        };
        var relay = relay(losesOnce, Duration.ofDays(7));

        try (Connection connection = TestDatabase.get().dataSource().getConnection()) {
            assertThatThrownBy(() -> relay.relayBatch(connection)).hasMessageContaining("not acknowledged");
            assertThat(unpublishedRows()).isEqualTo(3);
            relay.relayBatch(connection);
        }

        assertThat(sent).containsExactly("lead-a#0", "lead-b#1", "lead-a#0", "lead-b#3", "lead-a#2");
        assertThat(unpublishedRows()).isZero();
    }

    @Test
    void deletesPublishedEventsOlderThanTheRetention() throws Exception {
        append(2);

        try (Connection connection = TestDatabase.get().dataSource().getConnection()) {
            relay(this::acknowledgeAll, Duration.ZERO).relayBatch(connection);
            relay(this::acknowledgeAll, Duration.ZERO).relayBatch(connection);
        }

        assertThat(rows()).isZero();
    }

    private PostgresOutboxRelay relay(EventPublisher publisher, Duration retention) {
        return new PostgresOutboxRelay(TestDatabase.get().dataSource(), publisher, retention, Metrics.globalRegistry());
    }

    private Set<UUID> acknowledgeAll(List<OutboxEvent> events) {
        published.addAll(events);
        return new HashSet<>(events.stream().map(OutboxEvent::id).toList());
    }

    /** The aggregate and the event's place in what was appended: "lead-a#2". */
    private String describe(OutboxEvent event) {
        return event.aggregateId() + "#" + event.payload().get("n");
    }

    private List<OutboxEvent> append(int count) {
        List<String> aggregates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            aggregates.add("lead-" + i);
        }
        return append(aggregates.toArray(String[]::new));
    }

    /** One event per given aggregate id, in that order; payload {"n": its place}. */
    private List<OutboxEvent> append(String... aggregateIds) {
        List<OutboxEvent> events = new ArrayList<>();
        for (int i = 0; i < aggregateIds.length; i++) {
            events.add(new OutboxEvent(Uuids.v7(), "lead", aggregateIds[i], "lead.created", workspace, Map.of("n", i),
                    Instant.now()));
        }
        db.inTransaction(() -> {
            outbox.append(events);
            return null;
        });
        return events;
    }

    private List<OutboxEvent> mine(List<OutboxEvent> events) {
        return events.stream().filter(event -> event.workspace().equals(workspace)).toList();
    }

    private long unpublishedRows() throws Exception {
        return count("published_at is null");
    }

    private long rows() throws Exception {
        return count("true");
    }

    private long count(String condition) throws Exception {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from outbox_events where workspace_id = '"
                     + workspace + "' and " + condition)) {
            result.next();
            return result.getLong(1);
        }
    }
}
