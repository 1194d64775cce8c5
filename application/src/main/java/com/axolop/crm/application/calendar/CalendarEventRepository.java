package com.axolop.crm.application.calendar;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.calendar.CalendarEvent;

public interface CalendarEventRepository
        extends RecordRepository<CalendarEvent, CalendarEventFilter, CalendarEventSortField> {
}
