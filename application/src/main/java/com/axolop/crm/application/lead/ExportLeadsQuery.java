package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Sort;
import java.util.Objects;

public record ExportLeadsQuery(LeadFilter filter, Sort<LeadSortField> sort) {
    public ExportLeadsQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
    }
}
