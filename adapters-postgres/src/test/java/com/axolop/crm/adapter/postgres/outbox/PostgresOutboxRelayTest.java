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
import java.util.List;
import java.util.Map;
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
        var relay = relay(published::addAll, Duration.ofDays(7));

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
            relay(published::addAll, Duration.ofDays(7)).relayBatch(connection);
        }
    }

    @Test
    void deletesPublishedEventsOlderThanTheRetention() throws Exception {
        append(2);

        try (Connection connection = TestDatabase.get().dataSource().getConnection()) {
            relay(published::addAll, Duration.ZERO).relayBatch(connection);
            relay(published::addAll, Duration.ZERO).relayBatch(connection);
        }

        assertThat(rows()).isZero();
    }

    private PostgresOutboxRelay relay(EventPublisher publisher, Duration retention) {
        return new PostgresOutboxRelay(TestDatabase.get().dataSource(), publisher, retention, Metrics.globalRegistry());
    }

    private List<OutboxEvent> append(int count) {
        List<OutboxEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new OutboxEvent(Uuids.v7(), "lead", "lead-" + i, "lead.created", workspace, Map.of("n", i),
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
