package com.axolop.crm.application.search;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchFilter;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Test fake of {@link SearchIndex} over the in-memory repositories: a type's matches are the records its
 * repository lists for a filter searching the text, best first (the fakes' own matching and ranking, see
 * FakeTextSearch). The n-th match of a type scores 1 / n, so the types interleave by their rank, earlier
 * types first on a tie; it does not model the store's scores.
 */
public class InMemorySearchIndex implements SearchIndex {
    private final Map<String, BiFunction<WorkspaceId, SearchText, List<SearchMatch>>> types = new LinkedHashMap<>();

    /** Covers the type named {@code type} (as clients name it, leads) with its repository's searched list. */
    public <T extends WorkspaceRecord<T>, F extends SearchFilter, S extends Enum<S>> InMemorySearchIndex covering(
            String type, RecordRepository<T, F, S> records, Function<SearchText, F> searching) {
        types.put(type, (workspace, text) -> {
            List<SearchMatch> matches = new ArrayList<>();
            records.forEach(workspace, searching.apply(text), Sort.relevance(),
                    record -> matches.add(new SearchMatch(type, record.id().value(), 1.0 / (matches.size() + 1))));
            return matches;
        });
        return this;
    }

    @Override
    public Page<SearchMatch> search(WorkspaceId workspace, SearchText text, List<String> requested, PageRequest page) {
        List<SearchMatch> all = types.entrySet().stream()
                .filter(type -> requested.contains(type.getKey()))
                .flatMap(type -> type.getValue().apply(workspace, text).stream())
                .sorted(Comparator.comparingDouble(SearchMatch::score).reversed())
                .toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), page, all.size());
    }
}
