package com.axolop.crm.application.calendar;

/** The columns an event list may be sorted by; the query parameter is the lower-case name. */
public enum CalendarEventSortField {
    START_AT, END_AT, CREATED_AT, UPDATED_AT, TITLE
}
