package com.axolop.crm.application.lead;

/** The columns a lead list may be sorted by; the query parameter is the lower-case name (created_at). */
public enum LeadSortField {
    CREATED_AT, UPDATED_AT, NAME, VALUE, STATUS
}
