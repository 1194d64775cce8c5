package com.axolop.crm.adapter.postgres.apikey;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.application.apikey.ApiKey;
import com.axolop.crm.application.apikey.ApiKeys;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@code api_keys}: a key is found by its hash (unique index); the key itself is never stored. */
public class PostgresApiKeys implements ApiKeys {
    private static final String COLUMNS = "select id, workspace_id, name, prefix, role, created_by, created_at, "
            + "last_used_at, expires_at, revoked_at from api_keys";

    private final PostgresTransactionRunner db;

    public PostgresApiKeys(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void add(ApiKey key, String hash) {
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into api_keys (id, workspace_id, name, prefix, key_hash, role, created_by, created_at,
                                          expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, key.id());
                insert.setString(2, key.workspace().value());
                insert.setString(3, key.name());
                insert.setString(4, key.prefix());
                insert.setString(5, hash);
                insert.setString(6, key.role().name().toLowerCase(Locale.ROOT));
                insert.setString(7, key.createdBy().value());
                Columns.bindInstant(insert, 8, key.createdAt());
                Columns.bindInstant(insert, 9, key.expiresAt());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<ApiKey> list(WorkspaceId workspace) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    COLUMNS + " where workspace_id = ? order by created_at desc, id desc")) {
                select.setString(1, workspace.value());
                return Rows.all(select, PostgresApiKeys::key);
            }
        });
    }

    @Override
    public Optional<ApiKey> find(WorkspaceId workspace, UUID id) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    COLUMNS + " where workspace_id = ? and id = ?")) {
                select.setString(1, workspace.value());
                select.setObject(2, id);
                return Rows.first(select, PostgresApiKeys::key);
            }
        });
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(COLUMNS + " where key_hash = ?")) {
                select.setString(1, hash);
                return Rows.first(select, PostgresApiKeys::key);
            }
        });
    }

    @Override
    public boolean revoke(WorkspaceId workspace, UUID id, Instant at) {
        return db.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update api_keys set revoked_at = coalesce(revoked_at, ?)
                    where workspace_id = ? and id = ?""")) {
                Columns.bindInstant(update, 1, at);
                update.setString(2, workspace.value());
                update.setObject(3, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void touch(UUID id, Instant at, Instant unlessSince) {
        db.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update api_keys set last_used_at = ?
                    where id = ? and (last_used_at is null or last_used_at < ?)""")) {
                Columns.bindInstant(update, 1, at);
                update.setObject(2, id);
                Columns.bindInstant(update, 3, unlessSince);
                return update.executeUpdate();
            }
        });
    }

    private static ApiKey key(ResultSet row) throws SQLException {
        return new ApiKey(row.getObject(1, UUID.class), new WorkspaceId(row.getString(2)), row.getString(3),
                row.getString(4), Role.valueOf(row.getString(5).toUpperCase(Locale.ROOT)), new UserId(row.getString(6)),
                Columns.instant(row, 7), Columns.instant(row, 8), Columns.instant(row, 9), Columns.instant(row, 10));
    }
}
