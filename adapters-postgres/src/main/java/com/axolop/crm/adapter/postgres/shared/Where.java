package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause that always starts with the workspace, with its parameters in order. Conditions on a
 * null value are skipped, so a filter's absent fields need no ifs. Column names come from code only.
 */
public final class Where {
    private final StringBuilder sql = new StringBuilder(" where workspace_id = ?");
    private final List<Object> parameters = new ArrayList<>();

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

    public String sql() {
        return sql.toString();
    }

    /** Binds the parameters from index 1; returns the next free index. */
    public int bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }

    public static Object timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
