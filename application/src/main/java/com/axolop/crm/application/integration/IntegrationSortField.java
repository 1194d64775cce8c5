package com.axolop.crm.application.integration;

/** The columns a list of integrations may be sorted by; the query parameter is the lower-case name. */
public enum IntegrationSortField {
    CREATED_AT, UPDATED_AT, NAME, PROVIDER
}
