package com.axolop.crm.application.activity;

import com.axolop.crm.application.shared.DateRange;

/** Narrows the timeline; null entity type or id means any. The range applies to when it happened. */
public record ActivityFilter(String entityType, String entityId, DateRange occurred) {
    public ActivityFilter {
        occurred = occurred == null ? DateRange.ALL : occurred;
    }
}
