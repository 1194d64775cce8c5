package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import java.util.Objects;
import java.util.UUID;

/**
 * One page of a filtered, sorted list of records: by page number, or (keyset paging) the {@code page}'s limit of
 * records that follow record {@code after} in the sort order, however deep; null {@code after} pages by number.
 */
public record ListQuery<F, S extends Enum<S>>(F filter, Sort<S> sort, PageRequest page, UUID after) {
    public ListQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        if (after != null && sort.byRelevance()) {
            throw new IllegalArgumentException("A list ranked by relevance pages by number only");
        }
    }

    /** Paged by number. */
    public ListQuery(F filter, Sort<S> sort, PageRequest page) {
        this(filter, sort, page, null);
    }
}
