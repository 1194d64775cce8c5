package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pages of searched lists. The page's keys and the number of matches come from one pass over the (bounded)
 * matches, a window counting them, so the matching rows are read once rather than by a count and then a
 * select; the page's own rows are then read by id.
 */
public final class SearchPages {
    private SearchPages() {
    }

    /**
     * One page of {@code matches} (a select whose parameters are those of {@code wheres}, bound in order) in
     * {@code order}, which names only its columns, with the total.
     */
    public static <R> Page<R> page(Connection connection, String matches, List<Where> wheres, String order,
                                   PageRequest page, Rows.Reader<R> reader) throws SQLException {
        List<Counted<R>> rows;
        try (PreparedStatement select = connection.prepareStatement("select *, count(*) over () from (" + matches
                + ") matches" + order + " limit ? offset ?")) {
            int next = bind(select, wheres);
            select.setInt(next, page.limit());
            select.setLong(next + 1, page.offset());
            rows = Rows.all(select, row -> new Counted<>(reader.read(row),
                    row.getLong(row.getMetaData().getColumnCount())));
        }
        if (!rows.isEmpty()) {
            return new Page<>(rows.stream().map(Counted::row).toList(), page, rows.getFirst().total());
        }
        if (page.offset() == 0) {
            return new Page<>(List.of(), page, 0);
        }
        // Past the last page the window has no row to report the total on.
        try (PreparedStatement count = connection.prepareStatement("select count(*) from (" + matches + ") m")) {
            bind(count, wheres);
            return new Page<>(List.of(), page, Rows.all(count, row -> row.getLong(1)).getFirst());
        }
    }

    /** Loads the rows with these ids, in any order. */
    @FunctionalInterface
    public interface Loader<T> {
        List<T> load(List<UUID> ids) throws SQLException;
    }

    /**
     * A page of a searched list: its ids, ordered by the sort's column (search_rank for relevance) then id,
     * with the total; then its rows, through {@code loader}, in that order (a row gone since is skipped).
     */
    public static <T> Page<T> list(Connection connection, String table, Where where, String sortColumn,
                                   Sort.Direction direction, PageRequest page, Loader<T> loader,
                                   Function<T, UUID> id) throws SQLException {
        String order = direction == Sort.Direction.ASC ? "asc" : "desc";
        // Aliased: the order applies outside the matches' subquery, where a table-qualified column is unknown.
        Page<UUID> ids = page(connection, "select id, " + sortColumn + " as sort_key" + where.from(table),
                List.of(where), " order by sort_key " + order + ", id " + order, page,
                row -> row.getObject(1, UUID.class));
        Map<UUID, T> byId = loader.load(ids.items()).stream().collect(Collectors.toMap(id, Function.identity()));
        // The matches of one type are bounded (TextSearch): a total at the bound is a lower bound.
        return new Page<>(ids.items().stream().map(byId::get).filter(Objects::nonNull).toList(), page, ids.total(),
                ids.total() >= TextSearch.MAX_MATCHES);
    }

    private record Counted<R>(R row, long total) {
    }

    private static int bind(PreparedStatement statement, List<Where> wheres) throws SQLException {
        int next = 1;
        for (Where where : wheres) {
            next = where.bind(statement, next);
        }
        return next;
    }
}
