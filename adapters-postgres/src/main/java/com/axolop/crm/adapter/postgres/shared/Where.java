package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A WHERE clause that always starts with the workspace, with its parameters in order. Conditions on a
 * null value are skipped, so a filter's absent fields need no ifs. Column names come from code only.
 * With a search text, select through {@link #from}: it ranks the matches.
 */
public final class Where {
    private final StringBuilder sql = new StringBuilder(" where workspace_id = ?");
    private final List<Object> parameters = new ArrayList<>();
    private TextSearch search;

    private Where(WorkspaceId workspace) {
        parameters.add(workspace.value());
    }

    public static Where workspace(WorkspaceId workspace) {
        return new Where(workspace);
    }

    public Where equal(String column, Object value) {
        return condition(column + " = ?", value);
    }

    public Where atLeast(String column, Object value) {
        return condition(column + " >= ?", value);
    }

    public Where atMost(String column, Object value) {
        return condition(column + " <= ?", value);
    }

    public Where before(String column, Object value) {
        return condition(column + " < ?", value);
    }

    /** [from, to) on a timestamp column. */
    public Where within(String column, DateRange range) {
        return atLeast(column, timestamp(range.from())).before(column, timestamp(range.to()));
    }

    /**
     * Rows whose [startColumn, endColumn) shares an instant with the range (an open end is unbounded), written
     * as a range overlap so that a GiST index on {@code tstzrange(startColumn, endColumn)} serves it.
     */
    public Where overlaps(String startColumn, String endColumn, DateRange range) {
        if (range.from() != null || range.to() != null) {
            sql.append(" and tstzrange(").append(startColumn).append(", ").append(endColumn)
                    .append(") && tstzrange(?::timestamptz, ?::timestamptz)");
            parameters.add(timestamp(range.from()));
            parameters.add(timestamp(range.to()));
        }
        return this;
    }

    /** A condition with one parameter, skipped when the value is null. */
    public Where condition(String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            parameters.add(value);
        }
        return this;
    }

    /** A condition with its parameters, in the order they appear in it. */
    public Where condition(String condition, List<Object> values) {
        sql.append(" and ").append(condition);
        parameters.addAll(values);
        return this;
    }

    /** Rows matching a search text (skipped when null), on a table with the search columns of V10. */
    public Where matching(SearchText text) {
        if (text != null) {
            search = TextSearch.of(text);
            sql.append(" and ").append(search.condition());
            parameters.addAll(search.conditionParameters());
        }
        return this;
    }

    public boolean searching() {
        return search != null;
    }

    /**
     * {@code from <table> where ...}. Searched, the table becomes its first {@link TextSearch#MAX_MATCHES}
     * matches, each with its rank as {@code search_rank}, under the table's name: the bound keeps any text,
     * however common, from ranking and counting a whole table.
     */
    public String from(String table) {
        return from(table, " limit " + TextSearch.MAX_MATCHES);
    }

    /** Like {@link #from} with every match: an export leaves none out. */
    public String fromAll(String table) {
        return from(table, "");
    }

    private String from(String table, String limit) {
        return search == null ? " from " + table + sql
                : " from (select *, " + search.rank() + " as search_rank from " + table + sql + limit + ") " + table;
    }

    /** The conditions alone, for a query that does not search; a search selects through {@link #from}. */
    public String sql() {
        if (search != null) {
            throw new IllegalStateException("A search selects through from(table), which ranks its matches");
        }
        return sql.toString();
    }

    /** Binds the parameters from index 1; returns the next free index. */
    public int bind(PreparedStatement statement) throws SQLException {
        return bind(statement, 1);
    }

    /** Binds the parameters from index {@code first}, in the order {@link #from} uses them; returns the next. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        List<Object> all = search == null ? parameters
                : Stream.concat(search.rankParameters().stream(), parameters.stream()).toList();
        for (int i = 0; i < all.size(); i++) {
            statement.setObject(first + i, all.get(i));
        }
        return first + all.size();
    }

    public static Object timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
