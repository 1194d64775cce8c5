package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import java.util.Objects;

public record LeadQuery(LeadFilter filter, Sort<LeadSortField> sort, PageRequest page) {
    public static final Sort<LeadSortField> DEFAULT_SORT = new Sort<>(LeadSortField.CREATED_AT, Sort.Direction.DESC);

    public LeadQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
