package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Reading result rows into lists. */
public final class Rows {
    /** Counting stops here: a list's total past it is reported as a lower bound (as search's matches are). */
    public static final int MAX_COUNTED = TextSearch.MAX_MATCHES;

    private Rows() {
    }

    /** A count, bounded: past {@link #MAX_COUNTED} it says {@code MAX_COUNTED} and that it is a lower bound. */
    public record Total(long count, boolean lowerBound) {
        public static Total exact(long count) {
            return new Total(count, false);
        }

        <R> Page<R> of(List<R> items, PageRequest page) {
            return new Page<>(items, page, count, lowerBound);
        }
    }

    /** How many of the {@code table}'s rows match {@code where}, counting at most one past {@link #MAX_COUNTED}. */
    public static Total boundedCount(Connection connection, String table, Where where) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from (select 1"
                + where.from(table) + " limit " + (MAX_COUNTED + 1) + ") bounded")) {
            where.bind(count);
            long counted = number(count);
            return counted > MAX_COUNTED ? new Total(MAX_COUNTED, true) : Total.exact(counted);
        }
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface Reader<R> {
        R read(ResultSet row) throws SQLException;
    }

    /** The rows of {@code selectFrom} ("select ... from table") in the workspace whose id is among {@code ids}. */
    public static <R> List<R> withIds(Connection connection, String selectFrom, WorkspaceId workspace, List<UUID> ids,
                                      Reader<R> reader) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                selectFrom + " where workspace_id = ? and id = any(?)")) {
            select.setString(1, workspace.value());
            select.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            return all(select, reader);
        }
    }

    /** The first row the statement selects, if any. */
    public static <R> Optional<R> first(PreparedStatement select, Reader<R> reader) throws SQLException {
        try (ResultSet result = select.executeQuery()) {
            return result.next() ? Optional.of(reader.read(result)) : Optional.empty();
        }
    }

    /** Runs an insert, update or delete with {@code parameters} bound in order; returns the rows it changed. */
    public static int change(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement change = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                change.setObject(i + 1, parameters[i]);
            }
            return change.executeUpdate();
        }
    }

    /** The single number a {@code select count(*)}-like statement returns. */
    public static long number(PreparedStatement select) throws SQLException {
        return first(select, row -> row.getLong(1)).orElseThrow();
    }

    /** Feeds every row to {@code sink} as it is read (with a fetch size, through a cursor); returns how many. */
    public static <R> long each(PreparedStatement select, Reader<R> reader, Consumer<R> sink) throws SQLException {
        long count = 0;
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                sink.accept(reader.read(result));
                count++;
            }
        }
        return count;
    }

    /** One page of {@code selectFrom} ("select ... from table where ... order by ..."), bound with {@code where}. */
    public static <R> List<R> page(Connection connection, String selectFrom, Where where, PageRequest page,
                                   Reader<R> reader) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(selectFrom + " limit ? offset ?")) {
            int next = where.bind(select);
            select.setInt(next, page.limit());
            select.setLong(next + 1, page.offset());
            return all(select, reader);
        }
    }

    /**
     * One page of the {@code table}'s rows matching {@code where}, in {@code orderBy}, with the number of all
     * matching rows (bounded, see {@link #boundedCount}). Run it in a snapshot (inSnapshot) so page and total agree.
     */
    public static <R> Page<R> counted(Connection connection, String columns, String table, Where where,
                                      String orderBy, PageRequest page, Reader<R> reader) throws SQLException {
        Total total = boundedCount(connection, table, where);
        return total.of(page(connection, "select " + columns + where.from(table) + orderBy, where, page, reader), page);
    }

    /** Every row the statement selects. */
    public static <R> List<R> all(PreparedStatement select, Reader<R> reader) throws SQLException {
        List<R> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(reader.read(result));
            }
        }
        return rows;
    }
}
