package com.axolop.crm.adapter.rest.calendar;

import com.axolop.crm.adapter.rest.shared.Dates;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.calendar.Attendees;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import com.axolop.crm.domain.calendar.TimeSpan;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A calendarEvent as a request body carries it. */
public final class CalendarEventJson {
    private CalendarEventJson() {
    }

    /** Server-owned fields are not read; every invalid field is reported at once. */
    public static CalendarEventDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        String title = fields.text("title");
        String description = fields.text("description");
        String startAt = fields.text("start_at");
        String endAt = fields.text("end_at");
        Boolean allDay = fields.bool("all_day");
        String timezone = fields.text("timezone");
        String location = fields.text("location");
        List<String> attendees = fields.texts("attendees");
        String leadId = fields.text("lead_id");
        String contactId = fields.text("contact_id");
        String opportunityId = fields.text("opportunity_id");
        Integer reminderMinutes = fields.integer("reminder_minutes");
        String owner = fields.text("owner");

        String validTitle = errors.check("title", () -> Text.required(title, CalendarEventDetails.MAX_TITLE));
        String validDescription = errors.check("description",
                () -> Text.optional(description, CalendarEventDetails.MAX_DESCRIPTION));
        TimeSpan validTime = time(startAt, endAt, errors);
        ZoneId validTimezone = errors.check("timezone", () -> CalendarEventDetails.timezone(timezone));
        String validLocation = errors.check("location", () -> Text.optional(location, CalendarEventDetails.MAX_LOCATION));
        Attendees validAttendees = errors.check("attendees", () -> Attendees.parse(attendees));
        Id<Lead> validLead = errors.check("lead_id", () -> Id.ofNullable(leadId));
        Id<Contact> validContact = errors.check("contact_id", () -> Id.ofNullable(contactId));
        Id<Opportunity> validOpportunity = errors.check("opportunity_id", () -> Id.ofNullable(opportunityId));
        Integer validReminder = errors.check("reminder_minutes",
                () -> CalendarEventDetails.reminderMinutes(reminderMinutes));
        UserId validOwner = errors.check("owner", () -> UserId.ofNullable(owner));
        errors.throwIfAny();
        return new CalendarEventDetails(validTitle, validDescription, validTime, Boolean.TRUE.equals(allDay),
                validTimezone, validLocation, validAttendees, validLead, validContact, validOpportunity, validReminder,
                validOwner);
    }

    /** Both ends are required; an end that is not after the start is reported on end_at. */
    private static TimeSpan time(String startAt, String endAt, FieldErrors errors) {
        Instant start = errors.check("start_at", () -> instant(startAt));
        Instant end = errors.check("end_at", () -> instant(endAt));
        return start == null || end == null ? null : errors.check("end_at", () -> new TimeSpan(start, end));
    }

    private static Instant instant(String value) {
        if (value == null) {
            throw new IllegalArgumentException("is required");
        }
        return Dates.dateTime(value);
    }

    /** startDate and endDate select the events overlapping that range, parsed as every list's date range. */
}
