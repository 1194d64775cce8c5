package com.axolop.crm.application.calendar;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;

/**
 * Narrows an event list or export; null means any. {@code overlapping} keeps the events whose span
 * [start_at, end_at) shares at least an instant with the range; {@code attendee} matches whatever its case.
 */
public record CalendarEventFilter(DateRange overlapping, Id<Lead> leadId, Id<Contact> contactId, Id<Opportunity> opportunityId,
                                  UserId owner, EmailAddress attendee) {
    public static final CalendarEventFilter NONE = new CalendarEventFilter(DateRange.ALL, null, null, null, null, null);

    public CalendarEventFilter {
        overlapping = overlapping == null ? DateRange.ALL : overlapping;
    }
}
