package com.axolop.crm.application.contact;

/** The columns a contact list may be sorted by; the query parameter is the lower-case name. */
public enum ContactSortField {
    CREATED_AT, UPDATED_AT, FIRST_NAME, LAST_NAME, EMAIL, COMPANY
}
