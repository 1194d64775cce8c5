package com.axolop.crm.adapter.postgres.outbox;

import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.port.EventOutbox;
import com.axolop.crm.application.port.OutboxEvent;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Appends to {@code outbox_events} on the caller's transaction, all of a write's events in one statement (their
 * order kept: it is the order they are published in); outside a transaction it refuses.
 */
public class PostgresEventOutbox implements EventOutbox {
    private static final String INSERT = """
            insert into outbox_events (id, aggregate_type, aggregate_id, event_type, workspace_id, payload, occurred_at)
            select id, aggregate_type, aggregate_id, event_type, workspace_id, payload::jsonb, occurred_at::timestamptz
            from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
                as e (id, aggregate_type, aggregate_id, event_type, workspace_id, payload, occurred_at, n)
            order by n""";

    private final PostgresTransactionRunner db;

    public PostgresEventOutbox(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void append(List<OutboxEvent> events) {
        db.inCurrentTransaction(connection -> {
            if (events.isEmpty()) {
                return 0;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setArray(1, connection.createArrayOf("uuid", events.stream().map(OutboxEvent::id).toArray()));
                insert.setArray(2, texts(connection, events, OutboxEvent::aggregateType));
                insert.setArray(3, texts(connection, events, OutboxEvent::aggregateId));
                insert.setArray(4, texts(connection, events, OutboxEvent::eventType));
                insert.setArray(5, texts(connection, events, event -> event.workspace().value()));
                insert.setArray(6, texts(connection, events, event -> Json.write(event.payload())));
                insert.setArray(7, texts(connection, events, event -> event.occurredAt().toString()));
                return insert.executeUpdate();
            }
        });
    }

    private static Array texts(Connection connection, List<OutboxEvent> events, Function<OutboxEvent, String> field)
            throws SQLException {
        return connection.createArrayOf("text", events.stream().map(field).toArray());
    }
}
