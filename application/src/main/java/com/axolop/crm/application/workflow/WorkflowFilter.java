package com.axolop.crm.application.workflow;

import com.axolop.crm.application.shared.DateRange;

/**
 * Narrows a workflow list; null means any. {@code trigger} is an event type: the workflows that event starts
 * (active or not). The range applies to created_at.
 */
public record WorkflowFilter(Boolean active, String trigger, DateRange created) {
    public WorkflowFilter {
        created = created == null ? DateRange.ALL : created;
    }
}
