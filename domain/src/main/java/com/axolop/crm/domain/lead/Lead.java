package com.axolop.crm.domain.lead;

import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A potential customer. Immutable: every change yields the next version and the events it caused. */
public record Lead(LeadId id,
                   WorkspaceId workspaceId,
                   LeadDetails details,
                   UserId createdBy,
                   Instant createdAt,
                   Instant updatedAt,
                   long version) {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    public static Change create(LeadId id, WorkspaceId workspace, LeadDetails details, UserId createdBy, Instant now) {
        Lead lead = new Lead(id, workspace, details, createdBy, now, now, 1);
        return new Change(lead, List.of(new LeadEvent.LeadCreated(LeadEvent.newId(), now, lead)));
    }

    /** Replaces the details; besides lead.updated, a new status or assignee raises its own event. */
    public Change update(LeadDetails newDetails, Instant now) {
        Lead updated = new Lead(id, workspaceId, newDetails, createdBy, createdAt, now, version + 1);
        var events = new ArrayList<LeadEvent>();
        events.add(new LeadEvent.LeadUpdated(LeadEvent.newId(), now, this, updated));
        if (details.status() != newDetails.status()) {
            events.add(new LeadEvent.LeadStatusChanged(LeadEvent.newId(), now, updated, details.status(),
                    newDetails.status()));
        }
        if (!Objects.equals(details.assignedTo(), newDetails.assignedTo())) {
            events.add(new LeadEvent.LeadAssigned(LeadEvent.newId(), now, updated, details.assignedTo(),
                    newDetails.assignedTo()));
        }
        return new Change(updated, List.copyOf(events));
    }

    // Not isConverted(): leads are cached as JSON, where an isX() method would be written as a property.
    public boolean canConvert() {
        return details.status() != LeadStatus.CONVERTED;
    }

    /**
     * Marks the lead CONVERTED into a contact (and an opportunity, or null): the events of that status
     * update, then lead.converted. A lead converts once.
     */
    public Change convert(UUID contactId, UUID opportunityId, Instant now) {
        Objects.requireNonNull(contactId, "contactId");
        if (!canConvert()) {
            throw new IllegalStateException("Lead " + id + " is already converted");
        }
        Change updated = update(details.withStatus(LeadStatus.CONVERTED), now);
        var events = new ArrayList<>(updated.events());
        events.add(new LeadEvent.LeadConverted(LeadEvent.newId(), now, updated.lead(), contactId, opportunityId));
        return new Change(updated.lead(), List.copyOf(events));
    }

    public Change delete(Instant now) {
        return new Change(this, List.of(new LeadEvent.LeadDeleted(LeadEvent.newId(), now, this)));
    }

    /** The state after a command, and what happened. */
    public record Change(Lead lead, List<LeadEvent> events) {
    }
}
