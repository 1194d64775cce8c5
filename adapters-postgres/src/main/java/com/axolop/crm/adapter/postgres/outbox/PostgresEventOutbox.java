package com.axolop.crm.adapter.postgres.outbox;

import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.port.EventOutbox;
import com.axolop.crm.application.port.OutboxEvent;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** Appends to {@code outbox_events} on the caller's transaction; outside one it refuses. */
public class PostgresEventOutbox implements EventOutbox {
    private static final String INSERT = """
            insert into outbox_events (id, aggregate_type, aggregate_id, event_type, workspace_id, payload, occurred_at)
            values (?, ?, ?, ?, ?, ?::jsonb, ?)""";

    private final PostgresTransactionRunner db;

    public PostgresEventOutbox(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void append(List<OutboxEvent> events) {
        db.inCurrentTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (OutboxEvent event : events) {
                    insert.setObject(1, event.id());
                    insert.setString(2, event.aggregateType());
                    insert.setString(3, event.aggregateId());
                    insert.setString(4, event.eventType());
                    insert.setString(5, event.workspace().value());
                    insert.setString(6, Json.write(event.payload()));
                    insert.setObject(7, event.occurredAt().atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }
}
