package com.axolop.crm.adapter.postgres.importing;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.application.importing.Imports;
import com.axolop.crm.domain.importing.DataImport;
import com.axolop.crm.domain.importing.ImportCounts;
import com.axolop.crm.domain.importing.ImportOptions;
import com.axolop.crm.domain.importing.ImportStatus;
import com.axolop.crm.domain.importing.OnDuplicate;
import com.axolop.crm.domain.importing.RowError;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

public class PostgresImports implements Imports {
    private static final String COLUMNS = "id, workspace_id, created_by, record_type, mapping, on_duplicate, dry_run,"
            + " status, total_rows, processed, created, updated, skipped, failed, error, created_at, started_at,"
            + " finished_at";
    private static final String UNFINISHED = " and status in ('queued', 'running')";
    private static final String START = "update imports set status = 'running', total_rows = ?,"
            + " started_at = coalesce(started_at, ?) where id = ?" + UNFINISHED;
    private static final String RECORD_BATCH = """
            update imports set processed = processed + ?, created = created + ?, updated = updated + ?,
                               skipped = skipped + ?, failed = failed + ?
            where id = ? and status = 'running'""";
    private static final String ERRORS = "select row, field, message from import_errors where import_id = ?"
            + " and exists (select 1 from imports where id = ? and workspace_id = ?) order by row, seq";

    private final PostgresTransactionRunner db;

    public PostgresImports(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void insert(DataImport i) {
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into imports (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?::json, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Columns.bindId(insert, 1, i.id());
                insert.setString(2, i.workspace().value());
                insert.setString(3, i.createdBy().value());
                insert.setString(4, i.recordType());
                insert.setString(5, Json.write(i.options().mapping()));
                insert.setString(6, i.options().onDuplicate().name().toLowerCase(Locale.ROOT));
                insert.setBoolean(7, i.options().dryRun());
                insert.setString(8, i.status().apiName());
                insert.setObject(9, i.totalRows());
                insert.setLong(10, i.counts().processed());
                insert.setLong(11, i.counts().created());
                insert.setLong(12, i.counts().updated());
                insert.setLong(13, i.counts().skipped());
                insert.setLong(14, i.counts().failed());
                insert.setString(15, i.error());
                Columns.bindInstant(insert, 16, i.createdAt());
                Columns.bindInstant(insert, 17, i.startedAt());
                Columns.bindInstant(insert, 18, i.finishedAt());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<DataImport> find(WorkspaceId workspace, Id<DataImport> id) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + COLUMNS + " from imports where id = ? and workspace_id = ?")) {
                Columns.bindId(select, 1, id);
                select.setString(2, workspace.value());
                return Rows.first(select, PostgresImports::read);
            }
        });
    }

    @Override
    public boolean start(Id<DataImport> id, long totalRows, Instant now) {
        return update(START, totalRows, Timestamp.from(now), id.value());
    }

    @Override
    public boolean recordBatch(Id<DataImport> id, ImportCounts batch, List<RowError> errors) {
        boolean running = update(RECORD_BATCH, batch.processed(), batch.created(), batch.updated(), batch.skipped(),
                batch.failed(), id.value());
        if (running && !errors.isEmpty()) {
            db.withConnection(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into import_errors (import_id, row, field, message) values (?, ?, ?, ?)")) {
                    for (RowError error : errors) {
                        insert.setObject(1, id.value());
                        insert.setLong(2, error.row());
                        insert.setString(3, error.field());
                        insert.setString(4, error.message());
                        insert.addBatch();
                    }
                    return insert.executeBatch();
                }
            });
        }
        return running;
    }

    @Override
    public boolean finish(Id<DataImport> id, ImportStatus status, String error, Instant now) {
        return update("update imports set status = ?, error = ?, finished_at = ? where id = ?" + UNFINISHED,
                status.apiName(), error, Timestamp.from(now), id.value());
    }

    @Override
    public boolean cancel(WorkspaceId workspace, Id<DataImport> id, Instant now) {
        return update("update imports set status = 'cancelled', finished_at = ? where id = ? and workspace_id = ?"
                + UNFINISHED, Timestamp.from(now), id.value(), workspace.value());
    }

    @Override
    public List<RowError> errors(WorkspaceId workspace, Id<DataImport> id, int limit) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(ERRORS + " limit ?")) {
                bindErrors(select, workspace, id);
                select.setInt(4, limit);
                return Rows.all(select, PostgresImports::readError);
            }
        });
    }

    @Override
    public void forEachError(WorkspaceId workspace, Id<DataImport> id, Consumer<RowError> sink) {
        db.inSnapshot(connection -> {
            try (PreparedStatement select = connection.prepareStatement(ERRORS)) {
                select.setFetchSize(1000);
                bindErrors(select, workspace, id);
                return Rows.each(select, PostgresImports::readError, sink);
            }
        });
    }

    private static void bindErrors(PreparedStatement select, WorkspaceId workspace, Id<DataImport> id)
            throws SQLException {
        select.setObject(1, id.value());
        select.setObject(2, id.value());
        select.setString(3, workspace.value());
    }

    private boolean update(String sql, Object... parameters) {
        return db.withConnection(connection -> Rows.change(connection, sql, parameters) == 1);
    }

    private static RowError readError(ResultSet row) throws SQLException {
        return new RowError(row.getLong(1), row.getString(2), row.getString(3));
    }

    private static DataImport read(ResultSet row) throws SQLException {
        Map<String, String> mapping = new LinkedHashMap<>();
        Json.readObject(row.getString(5)).forEach((column, field) -> mapping.put(column, (String) field));
        var options = new ImportOptions(mapping, OnDuplicate.valueOf(row.getString(6).toUpperCase(Locale.ROOT)),
                row.getBoolean(7));
        long counted = row.getLong(9);
        Long total = row.wasNull() ? null : counted;
        return new DataImport(Columns.id(row, 1), new WorkspaceId(row.getString(2)), new UserId(row.getString(3)),
                row.getString(4), options, ImportStatus.valueOf(row.getString(8).toUpperCase(Locale.ROOT)),
                total,
                new ImportCounts(row.getLong(10), row.getLong(11), row.getLong(12), row.getLong(13), row.getLong(14)),
                row.getString(15), Columns.instant(row, 16), Columns.instant(row, 17), Columns.instant(row, 18));
    }
}
