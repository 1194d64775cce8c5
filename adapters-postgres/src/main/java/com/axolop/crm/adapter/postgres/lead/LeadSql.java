package com.axolop.crm.adapter.postgres.lead;

import com.axolop.crm.application.lead.LeadFilter;
import com.axolop.crm.application.lead.LeadSortField;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from a filter, with its parameters in order. Column names come from code only. */
record LeadSql(String sql, List<Object> parameters) {

    static LeadSql where(WorkspaceId workspace, LeadFilter filter) {
        var sql = new StringBuilder(" where workspace_id = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(workspace.value());
        statusAndType(filter, sql, parameters);
        if (filter.created().from() != null) {
            sql.append(" and created_at >= ?");
            parameters.add(filter.created().from().atOffset(ZoneOffset.UTC));
        }
        if (filter.created().to() != null) {
            sql.append(" and created_at < ?");
            parameters.add(filter.created().to().atOffset(ZoneOffset.UTC));
        }
        return new LeadSql(sql.toString(), parameters);
    }

    /**
     * The total of a list. Without a date range it sums the trigger-kept {@code lead_counts}; a date range
     * needs a real count, bounded by the range.
     */
    static LeadSql count(WorkspaceId workspace, LeadFilter filter) {
        if (filter.created().from() != null || filter.created().to() != null) {
            LeadSql where = where(workspace, filter);
            return new LeadSql("select count(*) from leads" + where.sql(), where.parameters());
        }
        var sql = new StringBuilder("select coalesce(sum(leads), 0) from lead_counts where workspace_id = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(workspace.value());
        statusAndType(filter, sql, parameters);
        return new LeadSql(sql.toString(), parameters);
    }

    // Both leads and lead_counts name these columns alike.
    private static void statusAndType(LeadFilter filter, StringBuilder sql, List<Object> parameters) {
        if (filter.status() != null) {
            sql.append(" and status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.type() != null) {
            sql.append(" and type = ?");
            parameters.add(filter.type().name());
        }
    }

    /** Binds the parameters from index 1; returns the next free index. */
    int bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }

    static String orderBy(Sort<LeadSortField> sort) {
        String direction = sort.direction() == Sort.Direction.ASC ? "asc" : "desc";
        String column = switch (sort.field()) {
            case CREATED_AT -> "created_at";
            case UPDATED_AT -> "updated_at";
            case NAME -> "name";
            case VALUE -> "value";
            case STATUS -> "status";
        };
        // id breaks ties so pages never overlap or skip rows.
        return " order by " + column + " " + direction + ", id " + direction;
    }
}
