package com.axolop.crm.domain.calendar;

import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a client may set on a calendar event. Optional fields are null when absent, attendees never
 * null; the timezone defaults to UTC and is informational (the span is two instants); all_day is a flag a
 * client renders, not a constraint on the span. A null owner means the creator, set on creation.
 */
public record CalendarEventDetails(String title,
                                   String description,
                                   TimeSpan time,
                                   boolean allDay,
                                   ZoneId timezone,
                                   String location,
                                   Attendees attendees,
                                   Id<Lead> leadId,
                                   Id<Contact> contactId,
                                   Id<Opportunity> opportunityId,
                                   Integer reminderMinutes,
                                   UserId owner) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_LOCATION = 500;
    /** Four weeks. */
    public static final int MAX_REMINDER_MINUTES = 40_320;
    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("UTC");
    private static final Set<String> IANA_ZONES = ZoneId.getAvailableZoneIds();

    public CalendarEventDetails {
        title = Text.required(title, MAX_TITLE);
        description = Text.optional(description, MAX_DESCRIPTION);
        Objects.requireNonNull(time, "time");
        timezone = timezone == null ? DEFAULT_TIMEZONE : timezone;
        location = Text.optional(location, MAX_LOCATION);
        attendees = attendees == null ? Attendees.NONE : attendees;
        reminderMinutes = reminderMinutes(reminderMinutes);
    }

    /** An IANA zone id (Europe/Berlin, UTC); absent means UTC. Offsets such as +02:00 are not zones. */
    public static ZoneId timezone(String id) {
        if (id == null || id.isBlank()) {
            return DEFAULT_TIMEZONE;
        }
        if (!IANA_ZONES.contains(id)) {
            throw new IllegalArgumentException("must be an IANA time zone id such as Europe/Berlin");
        }
        return ZoneId.of(id);
    }

    public static Integer reminderMinutes(Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > MAX_REMINDER_MINUTES)) {
            throw new IllegalArgumentException("must be between 0 and " + MAX_REMINDER_MINUTES + " (four weeks)");
        }
        return minutes;
    }

    CalendarEventDetails ownedBy(UserId user) {
        return owner != null ? this : new CalendarEventDetails(title, description, time, allDay, timezone, location,
                attendees, leadId, contactId, opportunityId, reminderMinutes, user);
    }
}
