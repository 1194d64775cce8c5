package com.axolop.crm.application.integration;

import com.axolop.crm.application.shared.DateRange;

/** Narrows a list of integrations; null means any. The range applies to created_at. */
public record IntegrationFilter(String provider, DateRange created) {
    public IntegrationFilter {
        created = created == null ? DateRange.ALL : created;
    }
}
