package com.axolop.crm.application.calendar;

import com.axolop.crm.domain.calendar.CalendarEvent;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import com.axolop.crm.domain.shared.Id;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published shape of a calendar event: API responses and the {@code event} of its events. */
public final class CalendarEventSnapshot {
    private CalendarEventSnapshot() {
    }

    public static Map<String, Object> of(CalendarEvent event) {
        CalendarEventDetails d = event.details();
        var map = new LinkedHashMap<String, Object>();
        map.put("id", event.id().toString());
        map.put("workspace_id", event.workspaceId().value());
        map.put("title", d.title());
        map.put("description", d.description());
        map.put("start_at", d.time().start().toString());
        map.put("end_at", d.time().end().toString());
        map.put("all_day", d.allDay());
        map.put("timezone", d.timezone().getId());
        map.put("location", d.location());
        map.put("attendees", d.attendees().values());
        map.put("lead_id", text(d.leadId()));
        map.put("contact_id", text(d.contactId()));
        map.put("opportunity_id", text(d.opportunityId()));
        map.put("reminder_minutes", d.reminderMinutes());
        map.put("owner", d.owner() == null ? null : d.owner().value());
        map.put("created_by", event.revision().createdBy().value());
        map.put("created_at", event.revision().createdAt().toString());
        map.put("updated_at", event.revision().updatedAt().toString());
        map.put("version", event.revision().version());
        return map;
    }

    private static String text(Id<?> id) {
        return id == null ? null : id.toString();
    }
}
