package com.axolop.crm.application.opportunity;

/** The columns an opportunity list may be sorted by; the query parameter is the lower-case name. */
public enum OpportunitySortField {
    CREATED_AT, UPDATED_AT, NAME, VALUE, EXPECTED_CLOSE_DATE, STAGE
}
