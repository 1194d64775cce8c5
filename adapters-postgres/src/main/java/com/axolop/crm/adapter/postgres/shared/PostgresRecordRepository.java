package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.SearchFilter;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.postgresql.PGStatement;

/**
 * A record table: the columns {@code id, workspace_id, ..., created_by, created_at, updated_at, version}
 * in the order a subclass reads and binds them. Lists are ordered by the sort field's column (its
 * lower-case name) and then id, so pages never overlap; exports stream through a server-side cursor.
 * A filter that is a {@link SearchFilter} also narrows by its search text, which needs the table's search
 * columns (see V10__search.sql), and may rank by relevance.
 */
public abstract class PostgresRecordRepository<T extends WorkspaceRecord<T>, F, S extends Enum<S>>
        implements RecordRepository<T, F, S> {
    private static final int EXPORT_FETCH_SIZE = 5000;
    private static final String UNIQUE_VIOLATION = "23505";

    protected final PostgresTransactionRunner db;
    private final String table;
    private final RecordTable sql;

    /** @param columns the columns in binding order, as {@link RecordTable} reads them */
    protected PostgresRecordRepository(PostgresTransactionRunner db, String table, List<String> columns) {
        this.db = Objects.requireNonNull(db);
        this.sql = RecordTable.of(table, columns);
        this.table = table;
    }

    /** Reads a row selected in column order. */
    protected abstract T read(ResultSet row) throws SQLException;

    /** Binds every column in order; returns the next free parameter index. */
    protected abstract int bind(PreparedStatement statement, T record, Connection connection) throws SQLException;

    /** The conditions of a filter, after the workspace; its search text (see SearchFilter) is added here. */
    protected abstract Where where(WorkspaceId workspace, F filter);

    @Override
    public void insert(T record) {
        db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.insert())) {
                bind(statement, record, connection);
                return execute(statement);
            }
        });
    }

    @Override
    public Optional<T> findById(WorkspaceId workspace, Id<T> id) {
        return findOne(" where id = ? and workspace_id = ?", id.value(), workspace.value());
    }

    @Override
    public Optional<T> findByIdForUpdate(WorkspaceId workspace, Id<T> id) {
        return findOne(" where id = ? and workspace_id = ? for update", id.value(), workspace.value());
    }

    @Override
    public List<T> findAll(WorkspaceId workspace, Collection<Id<T>> ids) {
        return db.withConnection(connection -> findAll(connection, workspace,
                ids.stream().map(Id::value).toList()));
    }

    private List<T> findAll(Connection connection, WorkspaceId workspace, List<UUID> ids) throws SQLException {
        return Rows.withIds(connection, sql.select() + " from " + table, workspace, ids, this::read);
    }

    /** The first row matching {@code condition} (which may end with a locking clause). */
    protected Optional<T> findOne(String condition, Object... parameters) {
        return db.withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, condition, parameters)) {
                return Rows.first(statement, this::read);
            }
        });
    }

    /** Every row matching {@code condition} (which may end with an order). */
    protected List<T> findMany(String condition, Object... parameters) {
        return db.withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, condition, parameters)) {
                return Rows.all(statement, this::read);
            }
        });
    }

    private PreparedStatement prepare(Connection connection, String condition, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.select() + " from " + table + condition);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    @Override
    public void update(T record) {
        long previousVersion = record.revision().version() - 1;
        int updated = db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.update())) {
                int next = bind(statement, record, connection);
                statement.setObject(next, record.id().value());
                statement.setString(next + 1, record.workspaceId().value());
                statement.setLong(next + 2, previousVersion);
                return execute(statement);
            }
        });
        if (updated != 1) {
            throw new IllegalStateException(table + " " + record.id() + " is not at version " + previousVersion);
        }
    }

    @Override
    public void delete(T record) {
        db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "delete from " + table + " where id = ? and workspace_id = ?")) {
                statement.setObject(1, record.id().value());
                statement.setString(2, record.workspaceId().value());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public Page<T> list(WorkspaceId workspace, ListQuery<F, S> query) {
        Where where = conditions(workspace, query.filter());
        if (where.searching()) {
            return db.inSnapshot(connection -> SearchPages.list(connection, table, where, sql.column(query.sort()),
                    query.sort().direction(), query.page(), ids -> findAll(connection, workspace, ids),
                    record -> record.id().value()));
        }
        return db.inSnapshot(connection -> new Page<>(Rows.page(connection, sql.select() + where.from(table)
                + sql.orderBy(query.sort()), where, query.page(), this::read), query.page(),
                total(connection, workspace, query.filter(), where)));
    }

    /** The number of records a list that is not searched matches; a type that keeps totals may read them instead. */
    protected long total(Connection connection, WorkspaceId workspace, F filter, Where where) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*)" + where.from(table))) {
            where.bind(count);
            return Rows.number(count);
        }
    }

    @Override
    public long forEach(WorkspaceId workspace, F filter, Sort<S> sort, Consumer<T> sink) {
        Where where = conditions(workspace, filter);
        // Inside a transaction a fetch size makes pgjdbc read through a server-side cursor, page by page.
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    sql.select() + where.fromAll(table) + sql.orderBy(sort))) {
                statement.setFetchSize(EXPORT_FETCH_SIZE);
                // Binary results from the first execution: PostgreSQL skips formatting timestamps, numbers and
                // uuids as text (measured on leads: a million-row export 12 s -> 9 s).
                statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                where.bind(statement);
                return Rows.each(statement, this::read, sink);
            }
        });
    }

    /** The filter's conditions, and its search text when it has one. */
    private Where conditions(WorkspaceId workspace, F filter) {
        Where where = where(workspace, filter);
        return filter instanceof SearchFilter searched ? where.matching(searched.search()) : where;
    }

    /** A unique index is the last guard against a concurrent duplicate: it answers 409, not 500. */
    private int execute(PreparedStatement statement) throws SQLException {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ConflictException("A " + table + " record with these values already exists", null);
            }
            throw e;
        }
    }
}
