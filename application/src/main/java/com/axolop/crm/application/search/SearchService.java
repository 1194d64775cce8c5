package com.axolop.crm.application.search;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The index ranks the matches of every requested type together; each type then loads the records of its
 * hits in one read. A record deleted between the two reads is left out of the page.
 */
public class SearchService implements SearchUseCase {
    private final SearchIndex index;
    private final Map<String, SearchSource<?>> sources = new LinkedHashMap<>();

    public SearchService(SearchIndex index, List<SearchSource<?>> sources) {
        this.index = Objects.requireNonNull(index);
        sources.forEach(source -> this.sources.put(source.name(), source));
    }

    @Override
    public List<String> types() {
        return List.copyOf(sources.keySet());
    }

    @Override
    public Page<SearchHit> search(Actor actor, SearchQuery query) {
        query.types().stream().filter(type -> !sources.containsKey(type)).findFirst().ifPresent(type -> {
            throw new InvalidFieldException("types", "must be a comma-separated list of: " + String.join(", ", types()));
        });
        Page<SearchMatch> matches = index.search(actor.workspace(), query.text(), query.types(), query.page());
        Map<String, Map<UUID, SearchHit>> hits = matches.items().stream()
                .collect(Collectors.groupingBy(SearchMatch::type)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        byType -> sources.get(byType.getKey()).hits(actor.workspace(), byType.getValue())));
        List<SearchHit> ranked = matches.items().stream()
                .map(match -> hits.get(match.type()).get(match.id()))
                .filter(Objects::nonNull)
                .toList();
        return new Page<>(ranked, query.page(), matches.total(), matches.totalIsLowerBound());
    }
}
