package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import java.util.Objects;

/** One page of a filtered, sorted list of records. */
public record ListQuery<F, S extends Enum<S>>(F filter, Sort<S> sort, PageRequest page) {
    public ListQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
