package com.axolop.crm.domain.contact;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/** A person the team deals with. Immutable: every change yields the next version and its events. */
public record Contact(Id<Contact> id, WorkspaceId workspaceId, ContactDetails details, Revision revision)
        implements EditableRecord<Contact, ContactDetails> {
    public static final String EVENT_PREFIX = "contact.";

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<Contact> create(Id<Contact> id, WorkspaceId workspace, ContactDetails details,
                                         UserId createdBy, Instant now) {
        var contact = new Contact(id, workspace, details.ownedBy(createdBy), Revision.first(createdBy, now));
        return Change.created(EVENT_PREFIX, contact, now);
    }

    /** Replaces the details; an unchanged contact stays at its version and raises nothing. */
    @Override
    public Change<Contact> update(ContactDetails newDetails, Instant now) {
        ContactDetails owned = newDetails.ownedBy(details.owner());
        if (owned.equals(details)) {
            return Change.none(this);
        }
        return Change.updated(EVENT_PREFIX, this, new Contact(id, workspaceId, owned, revision.next(now)), now);
    }

    @Override
    public Change<Contact> delete(Instant now) {
        return Change.deleted(EVENT_PREFIX, this, now);
    }
}
