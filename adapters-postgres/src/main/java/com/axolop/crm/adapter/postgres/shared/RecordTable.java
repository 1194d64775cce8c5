package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.shared.Sort;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of a record table from its columns in binding order. A column stored as json is named
 * {@code name::json}: written through the cast and read back as text. A {@code tags} column is read as one
 * string ({@link Columns#tags} splits it): much cheaper than pgjdbc's array parsing on a streamed export.
 */
record RecordTable(String name, String columns, int width, String insert, String update) {
    static RecordTable of(String table, List<String> columns) {
        List<String> names = columns.stream().map(RecordTable::column).toList();
        String selected = columns.stream().map(RecordTable::selected).collect(Collectors.joining(", "));
        String insert = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                + columns.stream().map(column -> "?" + castSuffix(column)).collect(Collectors.joining(", ")) + ")";
        String update = "update " + table + " set "
                + columns.stream().map(column -> column(column) + " = ?" + castSuffix(column))
                .collect(Collectors.joining(", "))
                + " where id = ? and workspace_id = ? and version = ?";
        return new RecordTable(table, selected, columns.size(), insert, update);
    }

    /** An insert of {@code rows} records at once: the insert's values, repeated. */
    String insert(int rows) {
        String values = insert.substring(insert.indexOf(" values (") + " values ".length());
        return insert + (", " + values).repeat(rows - 1);
    }

    String select() {
        return "select " + columns;
    }

    /** By the sort field, then id, so pages never overlap or skip rows. */
    String orderBy(Sort<?> sort) {
        String direction = sort.direction() == Sort.Direction.ASC ? "asc" : "desc";
        return " order by " + column(sort) + " " + direction + ", " + name + ".id " + direction;
    }

    /**
     * A sort field's column is its lower-case name, qualified so a column selected through a cast (stage::text)
     * sorts by its stored type; relevance is the rank a search adds.
     */
    String column(Sort<?> sort) {
        return sort.byRelevance() ? "search_rank" : name + "." + sort.field().name().toLowerCase();
    }

    private static String selected(String column) {
        if (column.equals("tags")) {
            return "array_to_string(tags, chr(31))";
        }
        return column.contains("::") ? column(column) + "::text" : column;
    }

    private static String column(String column) {
        return column.split("::")[0];
    }

    private static String castSuffix(String column) {
        return column.contains("::") ? "::" + column.split("::")[1] : "";
    }
}
