package com.axolop.crm.application.form;

import com.axolop.crm.application.shared.DateRange;

/** Narrows a form list; a null active flag means any. The range applies to created_at. */
public record FormFilter(Boolean active, DateRange created) {
    public FormFilter {
        created = created == null ? DateRange.ALL : created;
    }
}
