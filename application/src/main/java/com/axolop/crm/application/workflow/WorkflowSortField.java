package com.axolop.crm.application.workflow;

/** The columns a workflow list may be sorted by; the query parameter is the lower-case name. */
public enum WorkflowSortField {
    CREATED_AT, UPDATED_AT, NAME
}
