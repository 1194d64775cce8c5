package com.axolop.crm.application.lead;

/** The columns a lead list may be sorted by; {@link #apiName()} is the query parameter value. */
public enum LeadSortField {
    CREATED_AT, UPDATED_AT, NAME, VALUE, STATUS;

    public String apiName() {
        return name().toLowerCase();
    }
}
