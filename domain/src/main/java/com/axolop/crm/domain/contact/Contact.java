package com.axolop.crm.domain.contact;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.time.Instant;
import java.util.Objects;

/** A person the team deals with. Immutable: every change yields the next version and its events. */
public record Contact(Id<Contact> id, WorkspaceId workspaceId, ContactDetails details, Revision revision)
        implements WorkspaceRecord<Contact> {
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
    public Change<Contact> update(ContactDetails newDetails, Instant now) {
        ContactDetails owned = newDetails.ownedBy(details.owner());
        if (owned.equals(details)) {
            return Change.none(this);
        }
        return Change.updated(EVENT_PREFIX, this, new Contact(id, workspaceId, owned, revision.next(now)), now);
    }

    public Change<Contact> delete(Instant now) {
        return Change.deleted(EVENT_PREFIX, this, now);
    }
}
