package com.axolop.crm.application.webhook;

import com.axolop.crm.application.shared.DateRange;

/** Narrows a list of webhook subscriptions; null means any. The range applies to created_at. */
public record WebhookFilter(Boolean active, DateRange created) {
    public WebhookFilter {
        created = created == null ? DateRange.ALL : created;
    }
}
