package com.axolop.crm.adapter.postgres.lead;

import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.lead.LeadFilter;
import com.axolop.crm.application.lead.LeadSortField;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.shared.WorkspaceId;

/** The SQL of lead lists: a filter's conditions, a list's total, its order. Column names come from code only. */
final class LeadSql {
    private LeadSql() {
    }

    /** A statement and the conditions whose parameters it takes. */
    record Statement(String sql, Where where) {
    }

    static Where where(WorkspaceId workspace, LeadFilter filter) {
        return statusAndType(Where.workspace(workspace), filter).within("created_at", filter.created())
                .matching(filter.search());
    }

    /**
     * The total of a list that is not searched (a search counts its matches as it ranks them). Without a
     * date range it sums the trigger-kept {@code lead_counts}; a date range needs a real count, bounded by
     * the range.
     */
    static Statement count(WorkspaceId workspace, LeadFilter filter) {
        if (filter.created().from() != null || filter.created().to() != null) {
            Where where = where(workspace, filter);
            return new Statement("select count(*)" + where.from("leads"), where);
        }
        Where where = statusAndType(Where.workspace(workspace), filter);
        return new Statement("select coalesce(sum(leads), 0) from lead_counts" + where.sql(), where);
    }

    // Both leads and lead_counts name these columns alike.
    private static Where statusAndType(Where where, LeadFilter filter) {
        return where.equal("status", filter.status() == null ? null : filter.status().name())
                .equal("type", filter.type() == null ? null : filter.type().name());
    }

    static String orderBy(Sort<LeadSortField> sort) {
        String direction = sort.direction() == Sort.Direction.ASC ? "asc" : "desc";
        // id breaks ties so pages never overlap or skip rows.
        return " order by " + column(sort) + " " + direction + ", id " + direction;
    }

    /** Relevance is the rank a search adds. */
    static String column(Sort<LeadSortField> sort) {
        if (sort.byRelevance()) {
            return "search_rank";
        }
        return switch (sort.field()) {
            case CREATED_AT -> "created_at";
            case UPDATED_AT -> "updated_at";
            case NAME -> "name";
            case VALUE -> "value";
            case STATUS -> "status";
        };
    }
}
