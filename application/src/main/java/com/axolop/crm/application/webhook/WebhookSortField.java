package com.axolop.crm.application.webhook;

/** The columns a list of webhook subscriptions may be sorted by; the query parameter is the lower-case name. */
public enum WebhookSortField {
    CREATED_AT, UPDATED_AT, URL
}
