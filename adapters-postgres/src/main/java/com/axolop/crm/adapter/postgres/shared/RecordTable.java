package com.axolop.crm.adapter.postgres.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of a record table from its columns in binding order. A column stored as json is named
 * {@code name::json}: written through the cast and read back as text. A {@code tags} column is read as one
 * string ({@link Columns#tags} splits it): much cheaper than pgjdbc's array parsing on a streamed export.
 */
record RecordTable(String name, String columns, String insert, String update) {
    static RecordTable of(String table, List<String> columns) {
        List<String> names = columns.stream().map(RecordTable::column).toList();
        String selected = columns.stream().map(RecordTable::selected).collect(Collectors.joining(", "));
        String insert = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                + columns.stream().map(column -> "?" + castSuffix(column)).collect(Collectors.joining(", ")) + ")";
        String update = "update " + table + " set "
                + columns.stream().map(column -> column(column) + " = ?" + castSuffix(column))
                .collect(Collectors.joining(", "))
                + " where id = ? and workspace_id = ? and version = ?";
        return new RecordTable(table, selected, insert, update);
    }

    String select() {
        return "select " + columns;
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
