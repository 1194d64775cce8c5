package com.axolop.crm.adapter.postgres.activity;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.activity.Activity;
import com.axolop.crm.application.activity.ActivityFilter;
import com.axolop.crm.application.activity.ActivityRepository;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
                insert.setObject(6, activity.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setString(7, activity.summary());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Page<Activity> list(WorkspaceId workspace, ActivityFilter filter, PageRequest page) {
        var where = new StringBuilder(" where workspace_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(workspace.value()));
        condition(where, parameters, " and entity_type = ?", filter.entityType());
        condition(where, parameters, " and entity_id = ?", filter.entityId());
        condition(where, parameters, " and occurred_at >= ?", utc(filter.occurred().from()));
        condition(where, parameters, " and occurred_at < ?", utc(filter.occurred().to()));
        return db.inSnapshot(connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from activities" + where)) {
                bind(count, parameters);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Activity> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id, workspace_id, entity_type,"
                    + " entity_id, type, occurred_at, summary from activities" + where
                    + " order by occurred_at desc, id desc limit ? offset ?")) {
                int next = bind(select, parameters);
                select.setInt(next, page.limit());
                select.setLong(next + 1, page.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(new Activity(rows.getObject(1, UUID.class), new WorkspaceId(rows.getString(2)),
                                rows.getString(3), rows.getString(4), rows.getString(5),
                                rows.getObject(6, OffsetDateTime.class).toInstant(), rows.getString(7)));
                    }
                }
            }
            return new Page<>(items, page, total);
        });
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            parameters.add(value);
        }
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static int bind(PreparedStatement statement, List<Object> parameters) throws java.sql.SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }
}
