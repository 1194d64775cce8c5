package com.axolop.crm.domain.calendar;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/** A meeting, call or other appointment on the workspace's calendar, possibly about a lead, contact or deal. */
public record CalendarEvent(Id<CalendarEvent> id, WorkspaceId workspaceId, CalendarEventDetails details,
                            Revision revision) implements EditableRecord<CalendarEvent, CalendarEventDetails> {
    /** The events are calendar.event_created, calendar.event_updated and calendar.event_deleted. */
    public static final String EVENT_PREFIX = "calendar.event_";
    public static final String UPDATED = EVENT_PREFIX + "updated";

    public CalendarEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<CalendarEvent> create(Id<CalendarEvent> id, WorkspaceId workspace,
                                               CalendarEventDetails details, UserId createdBy, Instant now) {
        var event = new CalendarEvent(id, workspace, details.ownedBy(createdBy), Revision.first(createdBy, now));
        return Change.created(EVENT_PREFIX, event, now);
    }

    /** Replaces the details; an unchanged event stays at its version and raises nothing. */
    @Override
    public Change<CalendarEvent> update(CalendarEventDetails newDetails, Instant now) {
        return Change.updatedIfChanged(EVENT_PREFIX, this, details, newDetails.ownedBy(details.owner()),
                owned -> new CalendarEvent(id, workspaceId, owned, revision.next(now)), now);
    }

    @Override
    public Change<CalendarEvent> delete(Instant now) {
        return Change.deleted(EVENT_PREFIX, this, now);
    }
}
