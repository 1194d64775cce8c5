package com.axolop.crm.adapter.postgres.analytics;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.application.analytics.LeadStatusHistory;
import com.axolop.crm.application.analytics.StatusChange;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Tables of V22. Stage times keep the earliest (least() ignores nulls), so handling order does not matter. */
public class PostgresLeadStatusHistory implements LeadStatusHistory {
    private final PostgresTransactionRunner db;

    public PostgresLeadStatusHistory(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void record(StatusChange change) {
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into lead_status_history (event_id, workspace_id, lead_id, from_status, to_status, changed_at)
                    values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""")) {
                insert.setObject(1, change.eventId());
                insert.setString(2, change.workspace().value());
                insert.setObject(3, change.leadId());
                insert.setString(4, change.from() == null ? null : change.from().name());
                insert.setString(5, change.to().name());
                Columns.bindInstant(insert, 6, change.at());
                if (insert.executeUpdate() == 0) {
                    return 0;
                }
            }
            Instant at = change.at();
            return reach(connection, change.workspace(), change.leadId(), change.from() == null ? at : null,
                    reached(change.to(), 1, at), reached(change.to(), 2, at), reached(change.to(), 3, at), null);
        });
    }

    @Override
    public void dealWon(WorkspaceId workspace, UUID leadId, Instant at) {
        db.withConnection(connection -> reach(connection, workspace, leadId, null, at, at, at, at));
    }

    @Override
    public void leadDeleted(WorkspaceId workspace, UUID leadId) {
        db.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from lead_funnel where workspace_id = ? and lead_id = ?")) {
                delete.setString(1, workspace.value());
                delete.setObject(2, leadId);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public List<StatusChange> history(WorkspaceId workspace, UUID leadId) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select event_id, from_status, to_status, changed_at from lead_status_history
                    where workspace_id = ? and lead_id = ? order by changed_at, event_id""")) {
                select.setString(1, workspace.value());
                select.setObject(2, leadId);
                return Rows.all(select, row -> new StatusChange(row.getObject(1, UUID.class), workspace, leadId,
                        row.getString(2) == null ? null : LeadStatus.valueOf(row.getString(2)),
                        LeadStatus.valueOf(row.getString(3)), Columns.instant(row, 4)));
            }
        });
    }

    // The funnel's stages in order, CONTACTED = 1; UNQUALIFIED and LOST reach nothing new.
    private static Instant reached(LeadStatus status, int stage, Instant at) {
        int rank = switch (status) {
            case CONTACTED -> 1;
            case QUALIFIED -> 2;
            case CONVERTED -> 3;
            default -> 0;
        };
        return rank >= stage ? at : null;
    }

    private static int reach(Connection connection, WorkspaceId workspace, UUID leadId, Instant created,
                             Instant contacted, Instant qualified, Instant converted, Instant won)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into lead_funnel (workspace_id, lead_id, created_at, contacted_at, qualified_at, converted_at, won_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (workspace_id, lead_id) do update set
                    created_at = least(lead_funnel.created_at, excluded.created_at),
                    contacted_at = least(lead_funnel.contacted_at, excluded.contacted_at),
                    qualified_at = least(lead_funnel.qualified_at, excluded.qualified_at),
                    converted_at = least(lead_funnel.converted_at, excluded.converted_at),
                    won_at = least(lead_funnel.won_at, excluded.won_at)""")) {
            upsert.setString(1, workspace.value());
            upsert.setObject(2, leadId);
            Instant[] times = {created, contacted, qualified, converted, won};
            for (int i = 0; i < times.length; i++) {
                Columns.bindInstant(upsert, 3 + i, times[i]);
            }
            return upsert.executeUpdate();
        }
    }
}
