package com.axolop.crm.adapter.postgres.exporting;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.application.exporting.ExportPackages;
import com.axolop.crm.domain.exporting.DataExport;
import com.axolop.crm.domain.exporting.ExportEntity;
import com.axolop.crm.domain.exporting.ExportFormat;
import com.axolop.crm.domain.exporting.ExportSelection;
import com.axolop.crm.domain.exporting.ExportStatus;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public class PostgresExportPackages implements ExportPackages {
    private static final String COLUMNS = "id, workspace_id, created_by, entities, format, filters, status, rows, error,"
            + " created_at, started_at, finished_at";
    private static final String UNFINISHED = " and status in ('queued', 'running')";

    private final PostgresTransactionRunner db;

    public PostgresExportPackages(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void insert(DataExport e) {
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into exports (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?)")) {
                Columns.bindId(insert, 1, e.id());
                insert.setString(2, e.workspace().value());
                insert.setString(3, e.createdBy().value());
                Columns.bindTexts(insert, 4, e.selection().entities().stream().map(ExportEntity::apiName).toList(),
                        connection);
                insert.setString(5, e.selection().format().apiName());
                insert.setString(6, Json.write(byName(e.selection().filters())));
                insert.setString(7, e.status().apiName());
                insert.setString(8, Json.write(byName(e.rows())));
                insert.setString(9, e.error());
                Columns.bindInstant(insert, 10, e.createdAt());
                Columns.bindInstant(insert, 11, e.startedAt());
                Columns.bindInstant(insert, 12, e.finishedAt());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<DataExport> find(WorkspaceId workspace, Id<DataExport> id) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + COLUMNS + " from exports where id = ? and workspace_id = ?")) {
                Columns.bindId(select, 1, id);
                select.setString(2, workspace.value());
                return Rows.first(select, PostgresExportPackages::read);
            }
        });
    }

    @Override
    public boolean start(Id<DataExport> id, Instant now) {
        return update("update exports set status = 'running', rows = '{}', started_at = ? where id = ?" + UNFINISHED,
                Timestamp.from(now), id.value());
    }

    @Override
    public void progress(Id<DataExport> id, ExportEntity entity, long rows) {
        update("update exports set rows = rows || jsonb_build_object(?::text, ?::bigint) where id = ?"
                + " and status = 'running'", entity.apiName(), rows, id.value());
    }

    @Override
    public boolean finish(Id<DataExport> id, ExportStatus status, String error, Instant now) {
        return update("update exports set status = ?, error = ?, finished_at = ? where id = ?" + UNFINISHED,
                status.apiName(), error, Timestamp.from(now), id.value());
    }

    @Override
    public List<Id<DataExport>> createdBefore(Instant cutoff, int limit) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id from exports where created_at < ? order by created_at limit ?")) {
                Columns.bindInstant(select, 1, cutoff);
                select.setInt(2, limit);
                return Rows.all(select, row -> Columns.<DataExport>id(row, 1));
            }
        });
    }

    @Override
    public void delete(Id<DataExport> id) {
        update("delete from exports where id = ?", id.value());
    }

    private boolean update(String sql, Object... parameters) {
        return db.withConnection(connection -> Rows.change(connection, sql, parameters) == 1);
    }

    private static <V> Map<String, V> byName(Map<ExportEntity, V> values) {
        Map<String, V> named = new LinkedHashMap<>();
        values.forEach((entity, value) -> named.put(entity.apiName(), value));
        return named;
    }

    private static ExportEntity entity(String name) {
        return ExportEntity.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static DataExport read(ResultSet row) throws SQLException {
        List<ExportEntity> entities = Columns.texts(row, 4).stream().map(PostgresExportPackages::entity).toList();
        Map<ExportEntity, Map<String, String>> filters = new EnumMap<>(ExportEntity.class);
        Json.readObject(row.getString(6)).forEach((name, params) -> {
            Map<String, String> values = new LinkedHashMap<>();
            ((Map<?, ?>) params).forEach((key, value) -> values.put((String) key, (String) value));
            filters.put(entity(name), values);
        });
        Map<ExportEntity, Long> rows = new EnumMap<>(ExportEntity.class);
        Json.readObject(row.getString(8)).forEach((name, count) -> rows.put(entity(name), ((Number) count).longValue()));
        var selection = new ExportSelection(entities, ExportFormat.valueOf(row.getString(5).toUpperCase(Locale.ROOT)),
                filters);
        return new DataExport(Columns.id(row, 1), new WorkspaceId(row.getString(2)), new UserId(row.getString(3)),
                selection, ExportStatus.valueOf(row.getString(7).toUpperCase(Locale.ROOT)), rows, row.getString(9),
                Columns.instant(row, 10), Columns.instant(row, 11), Columns.instant(row, 12));
    }
}
