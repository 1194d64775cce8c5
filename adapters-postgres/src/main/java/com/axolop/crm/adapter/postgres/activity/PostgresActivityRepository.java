package com.axolop.crm.adapter.postgres.activity;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.activity.Activity;
import com.axolop.crm.application.activity.ActivityFilter;
import com.axolop.crm.application.activity.ActivityRepository;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.util.Objects;
import java.util.UUID;

public class PostgresActivityRepository implements ActivityRepository {
    private final PostgresTransactionRunner db;

    public PostgresActivityRepository(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void append(Activity activity) {
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into activities (id, workspace_id, entity_type, entity_id, type, occurred_at, summary)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")) {
                insert.setObject(1, activity.id());
                insert.setString(2, activity.workspace().value());
                insert.setString(3, activity.entityType());
                insert.setString(4, activity.entityId());
                insert.setString(5, activity.type());
                Columns.bindInstant(insert, 6, activity.occurredAt());
                insert.setString(7, activity.summary());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Page<Activity> list(WorkspaceId workspace, ActivityFilter filter, PageRequest page) {
        Where where = Where.workspace(workspace).equal("entity_type", filter.entityType())
                .equal("entity_id", filter.entityId()).within("occurred_at", filter.occurred());
        return db.inSnapshot(connection -> Rows.counted(connection,
                "id, workspace_id, entity_type, entity_id, type, occurred_at, summary", "activities", where,
                " order by occurred_at desc, id desc", page, row -> new Activity(row.getObject(1, UUID.class),
                        new WorkspaceId(row.getString(2)), row.getString(3), row.getString(4), row.getString(5),
                        Columns.instant(row, 6), row.getString(7))));
    }
}
