package com.axolop.crm.adapter.postgres.workflow;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.application.workflow.WorkflowCauses;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

public class PostgresWorkflowCauses implements WorkflowCauses {
    private final PostgresTransactionRunner db;

    public PostgresWorkflowCauses(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void recordCaused(Collection<UUID> eventIds, Id<WorkflowExecution> execution, int depth) {
        if (eventIds.isEmpty()) {
            return;
        }
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into workflow_caused_events (event_id, execution_id, depth) values (?, ?, ?)")) {
                for (UUID eventId : eventIds) {
                    insert.setObject(1, eventId);
                    Columns.bindId(insert, 2, execution);
                    insert.setInt(3, depth);
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    @Override
    public OptionalInt causedDepth(UUID eventId) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select depth from workflow_caused_events where event_id = ?")) {
                select.setObject(1, eventId);
                return Rows.first(select, row -> row.getInt(1)).map(OptionalInt::of).orElse(OptionalInt.empty());
            }
        });
    }

    @Override
    public void forgetCausesBefore(Instant cutoff) {
        db.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from workflow_caused_events where created_at < ?")) {
                Columns.bindInstant(delete, 1, cutoff);
                return delete.executeUpdate();
            }
        });
    }
}
