package com.axolop.crm.application.calendar;

import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.domain.calendar.CalendarEvent;
import com.axolop.crm.domain.calendar.CalendarEventDetails;

public interface ManageCalendarEventsUseCase
        extends ManageRecordsUseCase<CalendarEvent, CalendarEventDetails, CalendarEventFilter, CalendarEventSortField> {
}
