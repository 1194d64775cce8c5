package com.axolop.crm.domain.contact;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/** A person the team deals with. Immutable: every change yields the next version and its events. */
public record Contact(Id<Contact> id, WorkspaceId workspaceId, ContactDetails details, Revision revision)
        implements EditableRecord<Contact, ContactDetails> {
    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<Contact> create(Id<Contact> id, WorkspaceId workspace, ContactDetails details,
                                         UserId createdBy, Instant now) {
        var contact = new Contact(id, workspace, details.ownedBy(createdBy), Revision.first(createdBy, now));
        return Change.of(contact, new ContactEvent.Created(RecordEvent.newId(), now, contact));
    }

    /** Replaces the details; an unchanged contact stays at its version and raises nothing. */
    @Override
    public Change<Contact> update(ContactDetails newDetails, Instant now) {
        ContactDetails owned = newDetails.ownedBy(details.owner());
        if (owned.equals(details)) {
            return Change.none(this);
        }
        var next = new Contact(id, workspaceId, owned, revision.next(now));
        return Change.of(next, new ContactEvent.Updated(RecordEvent.newId(), now, this, next));
    }

    @Override
    public Change<Contact> delete(Instant now) {
        return Change.of(this, new ContactEvent.Deleted(RecordEvent.newId(), now, this));
    }
}
