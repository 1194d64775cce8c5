package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.SearchFilter;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.application.shared.TagFilter;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.EmailAddress;
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
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.postgresql.PGStatement;

/**
 * A record table: the columns {@code id, workspace_id, ..., created_by, created_at, updated_at, version}
 * in the order a subclass reads and binds them. Lists are ordered by the sort field's column (its
 * lower-case name) and then id, so pages never overlap; exports stream through a server-side cursor.
 * A filter that is a {@link SearchFilter} also narrows by its search text, which needs the table's search
 * columns (see V10__search.sql), and may rank by relevance; one that is a {@link TagFilter} by its tags.
 */
public abstract class PostgresRecordRepository<T extends WorkspaceRecord<T>, F, S extends Enum<S>>
        implements RecordRepository<T, F, S> {
    private static final int EXPORT_FETCH_SIZE = 5000;
    private static final String UNIQUE_VIOLATION = "23505";
    /** Rows per multi-row insert: 1,000, or fewer for a wide table (a statement takes at most 32,767 parameters). */
    private static final int INSERT_ROWS = 1000;
    private static final int MAX_PARAMETERS = 32_767;

    protected final PostgresTransactionRunner db;
    private final String table;
    private final RecordTable sql;
    private volatile Set<String> nullableColumns;

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

    /** One multi-row insert per {@link #INSERT_ROWS} records: a row-level cost (and statement triggers) once. */
    @Override
    public void insertAll(List<T> records) {
        int perStatement = Math.min(INSERT_ROWS, MAX_PARAMETERS / sql.width());
        for (int from = 0; from < records.size(); from += perStatement) {
            List<T> rows = records.subList(from, Math.min(records.size(), from + perStatement));
            db.withConnection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql.insert(rows.size()))) {
                    int bound = 0;
                    for (T record : rows) {
                        bound += bind(ShiftedParameters.of(statement, bound), record, connection) - 1;
                    }
                    return execute(statement);
                }
            });
        }
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
        int updated = db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.update())) {
                bindUpdate(statement, record, connection);
                return execute(statement);
            }
        });
        requireUpdated(record, updated);
    }

    /** The updates sent together (one round trip); each still checks its version. */
    @Override
    public void updateAll(List<T> records) {
        if (records.isEmpty()) {
            return;
        }
        int[] updated = db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.update())) {
                for (T record : records) {
                    bindUpdate(statement, record, connection);
                    statement.addBatch();
                }
                try {
                    return statement.executeBatch();
                } catch (SQLException e) {
                    throw asConflict(e);
                }
            }
        });
        for (int i = 0; i < records.size(); i++) {
            requireUpdated(records.get(i), updated[i]);
        }
    }

    private void bindUpdate(PreparedStatement statement, T record, Connection connection) throws SQLException {
        int next = bind(statement, record, connection);
        statement.setObject(next, record.id().value());
        statement.setString(next + 1, record.workspaceId().value());
        statement.setLong(next + 2, record.revision().version() - 1);
    }

    private void requireUpdated(T record, int updated) {
        if (updated != 1) {
            throw new IllegalStateException(table + " " + record.id() + " is not at version "
                    + (record.revision().version() - 1));
        }
    }

    /**
     * The workspace's records whose {@code email} is one of {@code emails} (case-insensitive), for a batch: the
     * emails locked as {@link EmailLocks} locks them for {@code type}, and the rows found locked for update, until
     * the transaction ends.
     */
    protected List<T> lockedByEmail(String type, WorkspaceId workspace, Collection<EmailAddress> emails) {
        EmailLocks.lockAll(db, type, workspace, emails);
        String[] keys = emails.stream().map(email -> email.value().toLowerCase()).distinct().toArray(String[]::new);
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.select() + " from " + table
                    + " where workspace_id = ? and lower(email) = any(?) for update")) {
                select.setString(1, workspace.value());
                select.setArray(2, connection.createArrayOf("text", keys));
                return Rows.all(select, this::read);
            }
        });
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
        if (query.after() != null) {
            return db.inSnapshot(connection -> after(connection, workspace, query, where));
        }
        if (where.searching()) {
            return db.inSnapshot(connection -> SearchPages.list(connection, table, where, sql.column(query.sort()),
                    query.sort().direction(), query.page(), ids -> findAll(connection, workspace, ids),
                    record -> record.id().value()));
        }
        return db.inSnapshot(connection -> total(connection, workspace, query.filter(), where).of(Rows.page(
                connection, sql.select() + where.from(table) + sql.orderBy(query.sort()), where, query.page(),
                this::read), query.page()));
    }

    /**
     * Keyset paging: the records after {@code query.after()} in the sort order, found through the index of the sort
     * column and id however deep (no offset to skip). PostgreSQL sorts null last ascending and first descending;
     * the conditions follow that.
     */
    private Page<T> after(Connection connection, WorkspaceId workspace, ListQuery<F, S> query, Where where)
            throws SQLException {
        if (where.searching()) {
            throw new InvalidFieldException("cursor", "does not combine with q: a searched list pages by number");
        }
        String name = query.sort().field().name().toLowerCase();
        Boolean lastIsNull;
        try (PreparedStatement last = connection.prepareStatement(
                "select " + name + " is null from " + table + " where workspace_id = ? and id = ?")) {
            last.setString(1, workspace.value());
            last.setObject(2, query.after());
            lastIsNull = Rows.first(last, row -> row.getBoolean(1)).orElseThrow(() -> new InvalidFieldException(
                    "cursor", "names a record that no longer exists: start from the first page again"));
        }
        boolean ascending = query.sort().direction() == Sort.Direction.ASC;
        String c = table + "." + name;
        String id = table + ".id";
        String lastValue = "(select k." + name + " from " + table + " k where k.workspace_id = ? and k.id = ?)";
        List<Object> parameters = lastIsNull ? List.of(query.after())
                : List.of(workspace.value(), query.after(), query.after());
        String condition;
        if (lastIsNull) {
            condition = ascending ? c + " is null and " + id + " > ?" : "(" + c + " is not null or " + id + " < ?)";
        } else if (ascending) {
            condition = "((" + c + ", " + id + ") > (" + lastValue + ", ?)" + (nullable(connection, name)
                    ? " or " + c + " is null)" : ")");
        } else {
            condition = "(" + c + ", " + id + ") < (" + lastValue + ", ?)";
        }
        Rows.Total total = total(connection, workspace, query.filter(), where);
        Where following = conditions(workspace, query.filter()).condition(condition, parameters);
        return total.of(Rows.page(connection, sql.select() + following.from(table) + sql.orderBy(query.sort()), following,
                new PageRequest(1, query.page().limit()), this::read), query.page());
    }

    // Which columns may hold null, read once from the catalogue.
    private boolean nullable(Connection connection, String column) throws SQLException {
        if (nullableColumns == null) {
            try (PreparedStatement select = connection.prepareStatement("select column_name from "
                    + "information_schema.columns where table_schema = current_schema() and table_name = ? "
                    + "and is_nullable = 'YES'")) {
                select.setString(1, table);
                nullableColumns = Set.copyOf(Rows.all(select, row -> row.getString(1)));
            }
        }
        return nullableColumns.contains(column);
    }

    /**
     * The number of records a list that is not searched matches, counted up to {@link Rows#MAX_COUNTED} so a list
     * answers in bounded time; a type that keeps exact totals may read them instead.
     */
    protected Rows.Total total(Connection connection, WorkspaceId workspace, F filter, Where where)
            throws SQLException {
        return Rows.boundedCount(connection, table, where);
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

    /**
     * The filter's conditions, its tags (see TagFilter: the table's {@code tags} column holds them all) and its search
     * text when it has them: select through {@link Where#fromAll}. Other statements over the same records (a
     * campaign's audience) filter them exactly as the lists do.
     */
    public Where conditions(WorkspaceId workspace, F filter) {
        Where where = where(workspace, filter);
        if (filter instanceof TagFilter tagged && !tagged.tags().values().isEmpty()) {
            where.condition(table + ".tags @> cast(? as text[])", tagged.tags().values().toArray(String[]::new));
        }
        return filter instanceof SearchFilter searched ? where.matching(searched.search()) : where;
    }

    /** A unique index is the last guard against a concurrent duplicate: it answers 409, not 500. */
    private int execute(PreparedStatement statement) throws SQLException {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw asConflict(e);
        }
    }

    /** Throws a ConflictException for a unique violation; gives any other failure back to be thrown. */
    private SQLException asConflict(SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            throw new ConflictException("A " + table + " record with these values already exists", null);
        }
        return e;
    }
}
