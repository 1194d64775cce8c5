package com.axolop.crm.adapter.postgres.analytics;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;

/** Rows written straight into the tables reports read: the figures' fixture, whatever wrote them. */
final class TestRows {
    private final PostgresTransactionRunner db;
    private final WorkspaceId workspace;

    TestRows(PostgresTransactionRunner db, WorkspaceId workspace) {
        this.db = db;
        this.workspace = workspace;
    }

    UUID lead(String status, String source, String assignedTo, String createdAt) {
        return insert("""
                insert into leads (id, workspace_id, name, status, currency, source, assigned_to, created_by, created_at,
                                   updated_at, version) values (?, ?, 'Lead', ?, 'USD', ?, ?, 'seed', ?, ?, 1)""",
                status, source, assignedTo, Instant.parse(createdAt), Instant.parse(createdAt));
    }

    UUID contact(String owner, String createdAt) {
        return insert("""
                insert into contacts (id, workspace_id, owner, created_by, created_at, updated_at, version)
                values (?, ?, ?, 'seed', ?, ?, 1)""", owner, Instant.parse(createdAt), Instant.parse(createdAt));
    }

    /** A deal about {@code lead} (or a new contact when null); closedAt null for an open deal. */
    UUID deal(UUID lead, String value, String currency, String stage, Integer probability, String owner,
              String createdAt, String closedAt) {
        return insert("""
                insert into opportunities (id, workspace_id, name, lead_id, contact_id, value, currency, stage,
                                           probability, owner, created_by, created_at, updated_at, closed_at, version)
                values (?, ?, 'Deal', ?, ?, ?, ?, ?::opportunity_stage, ?, ?, 'seed', ?, ?, ?, 1)""",
                lead, lead == null ? Uuids.v7() : null, value == null ? null : new BigDecimal(value), currency, stage,
                probability, owner, Instant.parse(createdAt), Instant.parse(createdAt),
                closedAt == null ? null : Instant.parse(closedAt));
    }

    UUID activity(String occurredAt) {
        return insert("""
                insert into activities (id, workspace_id, entity_type, entity_id, type, occurred_at, summary)
                values (?, ?, 'lead', 'x', 'lead.updated', ?, 'x')""", Instant.parse(occurredAt));
    }

    /** A statement on the workspace's rows: its first parameter is the workspace. */
    void execute(String sql) {
        db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, workspace.value());
                return statement.executeUpdate();
            }
        });
    }

    private UUID insert(String sql, Object... values) {
        UUID id = Uuids.v7();
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setObject(1, id);
                insert.setString(2, workspace.value());
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof Instant instant) {
                        Columns.bindInstant(insert, 3 + i, instant);
                    } else {
                        insert.setObject(3 + i, values[i]);
                    }
                }
                return insert.executeUpdate();
            }
        });
        return id;
    }
}
