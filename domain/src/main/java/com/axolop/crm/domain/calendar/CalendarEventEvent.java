package com.axolop.crm.domain.calendar;

import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** What happened to a calendar event. */
public sealed interface CalendarEventEvent extends RecordEvent<CalendarEvent> {
    record Created(UUID id, Instant occurredAt, CalendarEvent record) implements CalendarEventEvent {
        public String type() {
            return "calendar.event_created";
        }
    }

    record Updated(UUID id, Instant occurredAt, CalendarEvent previous, CalendarEvent record)
            implements CalendarEventEvent, RecordEvent.Update<CalendarEvent> {
        public String type() {
            return "calendar.event_updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, CalendarEvent record) implements CalendarEventEvent {
        public String type() {
            return "calendar.event_deleted";
        }
    }
}
