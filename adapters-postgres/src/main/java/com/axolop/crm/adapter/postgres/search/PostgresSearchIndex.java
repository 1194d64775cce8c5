package com.axolop.crm.adapter.postgres.search;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.SearchPages;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.search.SearchIndex;
import com.axolop.crm.application.search.SearchMatch;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The search over several tables at once: each table's matches (at most 10,000 of each, ranked as a
 * searched list ranks them) in one union, ordered by rank and counted in the same pass. A type's name is
 * its table's name; only the tables given here, which carry the search columns of V10, can be searched.
 */
public class PostgresSearchIndex implements SearchIndex {
    private final PostgresTransactionRunner db;
    private final Set<String> tables;

    public PostgresSearchIndex(PostgresTransactionRunner db, Set<String> tables) {
        this.db = Objects.requireNonNull(db);
        this.tables = Set.copyOf(tables);
    }

    @Override
    public Page<SearchMatch> search(WorkspaceId workspace, SearchText text, List<String> types, PageRequest page) {
        types.stream().filter(type -> !tables.contains(type)).findFirst().ifPresent(type -> {
            throw new IllegalArgumentException("No searchable table " + type);
        });
        List<Where> wheres = types.stream().map(type -> Where.workspace(workspace).matching(text)).toList();
        // Type names are whitelisted table names, so they can stand in the SQL.
        String matches = IntStream.range(0, types.size())
                .mapToObj(i -> "select '" + types.get(i) + "' as type, id, search_rank" + wheres.get(i).from(types.get(i)))
                .collect(Collectors.joining(" union all "));
        return db.inSnapshot(connection -> SearchPages.page(connection, matches, wheres,
                " order by search_rank desc, id desc", page,
                row -> new SearchMatch(row.getString(1), row.getObject(2, UUID.class), row.getDouble(3))));
    }
}
