package com.axolop.crm.adapter.postgres.event;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.event.ProcessedEvents;
import java.sql.PreparedStatement;
import java.util.Objects;
import java.util.UUID;

public class PostgresProcessedEvents implements ProcessedEvents {
    private final PostgresTransactionRunner db;

    public PostgresProcessedEvents(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public boolean recordFirst(String subscriber, UUID eventId) {
        return db.inCurrentTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into processed_events (subscriber, event_id) values (?, ?) on conflict do nothing")) {
                insert.setString(1, subscriber);
                insert.setObject(2, eventId);
                return insert.executeUpdate() == 1;
            }
        });
    }
}
