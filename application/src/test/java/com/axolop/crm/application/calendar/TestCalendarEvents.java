package com.axolop.crm.application.calendar;

import com.axolop.crm.domain.calendar.Attendees;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import com.axolop.crm.domain.calendar.TimeSpan;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Calendar event details for tests: a full set of fields, and copies with one field changed. */
public final class TestCalendarEvents {
    private TestCalendarEvents() {
    }

    /** A meeting in Berlin from {@code start} to {@code end}, with two attendees, about nothing. */
    public static CalendarEventDetails details(String title, Instant start, Instant end) {
        return new CalendarEventDetails(title, "Quarterly review", new TimeSpan(start, end), false,
                ZoneId.of("Europe/Berlin"), "Room 4", Attendees.parse(List.of("ann@acme.com", "Bob@Globex.io")),
                null, null, null, 15, null);
    }

    public static CalendarEventDetails withTitle(CalendarEventDetails d, String title) {
        return new CalendarEventDetails(title, d.description(), d.time(), d.allDay(), d.timezone(), d.location(),
                d.attendees(), d.leadId(), d.contactId(), d.opportunityId(), d.reminderMinutes(), d.owner());
    }

    public static CalendarEventDetails about(CalendarEventDetails d, Id<Lead> lead, Id<Contact> contact,
                                             Id<Opportunity> opportunity) {
        return new CalendarEventDetails(d.title(), d.description(), d.time(), d.allDay(), d.timezone(), d.location(),
                d.attendees(), lead, contact, opportunity, d.reminderMinutes(), d.owner());
    }

    public static CalendarEventDetails withAttendees(CalendarEventDetails d, List<String> attendees) {
        return new CalendarEventDetails(d.title(), d.description(), d.time(), d.allDay(), d.timezone(), d.location(),
                Attendees.parse(attendees), d.leadId(), d.contactId(), d.opportunityId(), d.reminderMinutes(),
                d.owner());
    }

    public static CalendarEventDetails withOwner(CalendarEventDetails d, UserId owner) {
        return new CalendarEventDetails(d.title(), d.description(), d.time(), d.allDay(), d.timezone(), d.location(),
                d.attendees(), d.leadId(), d.contactId(), d.opportunityId(), d.reminderMinutes(), owner);
    }
}
