package com.axolop.crm.domain.lead;

import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A potential customer. Immutable: every change yields the next version and the events it caused. CONVERTED
 * means "has a contact made from it": only {@link #convert} sets it and nothing unsets it, so a lead converts
 * once and its status cannot claim a conversion that did not happen.
 */
public record Lead(Id<Lead> id, WorkspaceId workspaceId, LeadDetails details, Revision revision)
        implements EditableRecord<Lead, LeadDetails> {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<Lead> create(Id<Lead> id, WorkspaceId workspace, LeadDetails details, UserId createdBy,
                                      Instant now) {
        refuseSettingConverted(details);
        Lead lead = new Lead(id, workspace, details, Revision.first(createdBy, now));
        return Change.of(lead, new LeadEvent.Created(RecordEvent.newId(), now, lead));
    }

    /** Replaces the details; besides lead.updated, a new status or assignee raises its own event. */
    @Override
    public Change<Lead> update(LeadDetails newDetails, Instant now) {
        if (isConverted() && newDetails.status() != LeadStatus.CONVERTED) {
            throw new InvalidFieldException("status", "stays CONVERTED once the lead is converted");
        }
        if (!isConverted()) {
            refuseSettingConverted(newDetails);
        }
        return replace(newDetails, now);
    }

    public boolean isConverted() {
        return details.status() == LeadStatus.CONVERTED;
    }

    /** A lead converts once. */
    public void requireConvertible() {
        if (isConverted()) {
            throw new ConflictException("Lead " + id + " is already converted", null);
        }
    }

    /**
     * Marks the lead CONVERTED into a contact (and an opportunity, or null): the events of that status
     * update, then lead.converted.
     */
    public Change<Lead> convert(UUID contactId, UUID opportunityId, Instant now) {
        Objects.requireNonNull(contactId, "contactId");
        requireConvertible();
        Change<Lead> updated = replace(details.withStatus(LeadStatus.CONVERTED), now);
        var events = new ArrayList<>(updated.events());
        events.add(new LeadEvent.Converted(RecordEvent.newId(), now, updated.record(), contactId, opportunityId));
        return new Change<>(updated.record(), events);
    }

    @Override
    public Change<Lead> delete(Instant now) {
        return Change.of(this, new LeadEvent.Deleted(RecordEvent.newId(), now, this));
    }

    private Change<Lead> replace(LeadDetails newDetails, Instant now) {
        if (newDetails.equals(details)) {
            return Change.none(this);
        }
        Lead next = new Lead(id, workspaceId, newDetails, revision.next(now));
        List<RecordEvent<Lead>> events = new ArrayList<>();
        events.add(new LeadEvent.Updated(RecordEvent.newId(), now, this, next));
        if (details.status() != newDetails.status()) {
            events.add(new LeadEvent.StatusChanged(RecordEvent.newId(), now, next, details.status(),
                    newDetails.status()));
        }
        if (!Objects.equals(details.assignedTo(), newDetails.assignedTo())) {
            events.add(new LeadEvent.Assigned(RecordEvent.newId(), now, next, details.assignedTo(),
                    newDetails.assignedTo()));
        }
        return new Change<>(next, events);
    }

    private static void refuseSettingConverted(LeadDetails details) {
        if (details.status() == LeadStatus.CONVERTED) {
            throw new InvalidFieldException("status", "becomes CONVERTED only by converting the lead "
                    + "(POST /api/v1/leads/{id}/convert)");
        }
    }
}
