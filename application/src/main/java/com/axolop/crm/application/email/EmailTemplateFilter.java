package com.axolop.crm.application.email;

import com.axolop.crm.application.shared.DateRange;

/** Narrows a template list: the range applies to created_at. */
public record EmailTemplateFilter(DateRange created) {
    public EmailTemplateFilter {
        created = created == null ? DateRange.ALL : created;
    }
}
