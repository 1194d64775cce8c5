package com.axolop.crm.domain.calendar;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/** A meeting, call or other appointment on the workspace's calendar, possibly about a lead, contact or deal. */
public record CalendarEvent(Id<CalendarEvent> id, WorkspaceId workspaceId, CalendarEventDetails details,
                            Revision revision) implements EditableRecord<CalendarEvent, CalendarEventDetails> {
    public CalendarEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<CalendarEvent> create(Id<CalendarEvent> id, WorkspaceId workspace,
                                               CalendarEventDetails details, UserId createdBy, Instant now) {
        var event = new CalendarEvent(id, workspace, details.ownedBy(createdBy), Revision.first(createdBy, now));
        return Change.of(event, new CalendarEventEvent.Created(RecordEvent.newId(), now, event));
    }

    /** Replaces the details; an unchanged event stays at its version and raises nothing. */
    @Override
    public Change<CalendarEvent> update(CalendarEventDetails newDetails, Instant now) {
        CalendarEventDetails owned = newDetails.ownedBy(details.owner());
        if (owned.equals(details)) {
            return Change.none(this);
        }
        var next = new CalendarEvent(id, workspaceId, owned, revision.next(now));
        return Change.of(next, new CalendarEventEvent.Updated(RecordEvent.newId(), now, this, next));
    }

    @Override
    public Change<CalendarEvent> delete(Instant now) {
        return Change.of(this, new CalendarEventEvent.Deleted(RecordEvent.newId(), now, this));
    }
}
