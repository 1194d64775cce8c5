package com.axolop.crm.domain.integration;

import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/** A connection to another service (the contract's integrations row), holding that service's credentials. */
public record Integration(Id<Integration> id, WorkspaceId workspaceId, IntegrationDetails details, Revision revision)
        implements EditableRecord<Integration, IntegrationDetails> {
    public Integration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(details.credentials(), "credentials");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<Integration> create(Id<Integration> id, WorkspaceId workspace, IntegrationDetails details,
                                             UserId createdBy, Instant now) {
        if (details.credentials() == null) {
            throw new InvalidFieldException("credentials", "are required");
        }
        var integration = new Integration(id, workspace, details, Revision.first(createdBy, now));
        return Change.of(integration, new IntegrationEvent.Created(RecordEvent.newId(), now, integration));
    }

    /** Replaces the details; credentials left out stay as they are. */
    @Override
    public Change<Integration> update(IntegrationDetails newDetails, Instant now) {
        IntegrationDetails next = newDetails.keeping(details.credentials());
        if (next.equals(details)) {
            return Change.none(this);
        }
        var updated = new Integration(id, workspaceId, next, revision.next(now));
        return Change.of(updated, new IntegrationEvent.Updated(RecordEvent.newId(), now, this, updated));
    }

    @Override
    public Change<Integration> delete(Instant now) {
        return Change.of(this, new IntegrationEvent.Deleted(RecordEvent.newId(), now, this));
    }
}
