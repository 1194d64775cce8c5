package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.port.ExistingRecords;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Reference checks that lock the referenced row (FOR KEY SHARE) so it cannot be deleted before commit. */
public class PostgresExistingRecords implements ExistingRecords {
    private static final Map<String, String> TABLES = Map.of(
            "lead", "leads", "contact", "contacts", "opportunity", "opportunities");

    private final PostgresTransactionRunner db;

    public PostgresExistingRecords(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public boolean exists(WorkspaceId workspace, String type, Id<?> id) {
        String table = table(type);
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select 1 from " + table + " where id = ? and workspace_id = ? for key share")) {
                select.setObject(1, id.value());
                select.setString(2, workspace.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public Set<Id<?>> existing(WorkspaceId workspace, String type, Collection<Id<?>> ids) {
        String table = table(type);
        if (ids.isEmpty()) {
            return Set.of();
        }
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id from " + table
                    + " where id = any(?) and workspace_id = ? order by id for key share")) {
                select.setArray(1, connection.createArrayOf("uuid", ids.stream().map(Id::value).toArray()));
                select.setString(2, workspace.value());
                Set<Id<?>> found = new HashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Id<>(rows.getObject(1, UUID.class)));
                    }
                }
                return found;
            }
        });
    }

    private static String table(String type) {
        String table = TABLES.get(type);
        if (table == null) {
            throw new IllegalArgumentException("No record type " + type);
        }
        return table;
    }
}
