package com.axolop.crm.application.search;

import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchText;
import java.util.List;
import java.util.Objects;

/** A search over the named types (at least one, each once). */
public record SearchQuery(SearchText text, List<String> types, PageRequest page) {
    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(page, "page");
        types = List.copyOf(types.stream().distinct().toList());
        if (types.isEmpty()) {
            throw new IllegalArgumentException("types must name at least one type");
        }
    }
}
