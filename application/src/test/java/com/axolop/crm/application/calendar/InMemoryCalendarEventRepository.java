package com.axolop.crm.application.calendar;

import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.calendar.CalendarEvent;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import com.axolop.crm.domain.calendar.TimeSpan;
import java.util.Comparator;

/** Test fake of {@link CalendarEventRepository}. */
public class InMemoryCalendarEventRepository
        extends InMemoryRecordRepository<CalendarEvent, CalendarEventFilter, CalendarEventSortField>
        implements CalendarEventRepository {
    public InMemoryCalendarEventRepository() {
        super(InMemoryCalendarEventRepository::matches, InMemoryCalendarEventRepository::order);
    }

    private static boolean matches(CalendarEvent event, CalendarEventFilter filter) {
        CalendarEventDetails d = event.details();
        return overlaps(d.time(), filter.overlapping())
                && (filter.leadId() == null || filter.leadId().equals(d.leadId()))
                && (filter.contactId() == null || filter.contactId().equals(d.contactId()))
                && (filter.opportunityId() == null || filter.opportunityId().equals(d.opportunityId()))
                && (filter.owner() == null || filter.owner().equals(d.owner()))
                && (filter.attendee() == null || d.attendees().values().stream()
                .anyMatch(attendee -> attendee.equalsIgnoreCase(filter.attendee().value())));
    }

    /** Whether [start, end) shares an instant with the range, whose open ends are unbounded. */
    private static boolean overlaps(TimeSpan time, DateRange range) {
        return (range.from() == null || time.end().isAfter(range.from()))
                && (range.to() == null || time.start().isBefore(range.to()));
    }

    private static Comparator<CalendarEvent> order(CalendarEventSortField field) {
        return switch (field) {
            case START_AT -> Comparator.comparing(event -> event.details().time().start());
            case END_AT -> Comparator.comparing(event -> event.details().time().end());
            case CREATED_AT -> Comparator.comparing(event -> event.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(event -> event.revision().updatedAt());
            case TITLE -> Comparator.comparing(event -> event.details().title());
        };
    }
}
