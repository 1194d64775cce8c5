package com.axolop.crm.domain.opportunity;

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

/**
 * A deal in the pipeline. {@code closedAt} is the server's: set when the deal enters CLOSED_WON or
 * CLOSED_LOST, kept while it stays there, cleared when it reopens. Entering a closed stage from any other
 * stage (or being created in one) raises opportunity.won or opportunity.lost, exactly once per close.
 */
public record Opportunity(Id<Opportunity> id, WorkspaceId workspaceId, OpportunityDetails details, Instant closedAt,
                          Revision revision) implements EditableRecord<Opportunity, OpportunityDetails> {
    public Opportunity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
        if (details.stage().isClosed() != (closedAt != null)) {
            throw new IllegalArgumentException("closedAt must be set exactly when the stage is closed");
        }
    }

    public static Change<Opportunity> create(Id<Opportunity> id, WorkspaceId workspace, OpportunityDetails details,
                                             UserId createdBy, Instant now) {
        OpportunityDetails owned = details.ownedBy(createdBy);
        var opportunity = new Opportunity(id, workspace, owned, owned.stage().isClosed() ? now : null,
                Revision.first(createdBy, now));
        List<RecordEvent<Opportunity>> events = new ArrayList<>();
        events.add(new OpportunityEvent.Created(RecordEvent.newId(), now, opportunity));
        if (owned.stage().isClosed()) {
            events.add(closing(opportunity, now));
        }
        return new Change<>(opportunity, events);
    }

    /**
     * Replaces the details: opportunity.updated, then opportunity.stage_changed for a new stage, then
     * opportunity.won or .lost if that stage closes the deal. An unchanged opportunity raises nothing.
     */
    @Override
    public Change<Opportunity> update(OpportunityDetails newDetails, Instant now) {
        OpportunityDetails owned = newDetails.ownedBy(details.owner());
        if (owned.equals(details)) {
            return Change.none(this);
        }
        OpportunityStage from = details.stage();
        OpportunityStage to = owned.stage();
        Instant closed = !to.isClosed() ? null : from == to ? closedAt : now;
        var next = new Opportunity(id, workspaceId, owned, closed, revision.next(now));
        List<RecordEvent<Opportunity>> events = new ArrayList<>();
        events.add(new OpportunityEvent.Updated(RecordEvent.newId(), now, this, next));
        if (from != to) {
            events.add(new OpportunityEvent.StageChanged(RecordEvent.newId(), now, next, from, to));
            if (to.isClosed()) {
                events.add(closing(next, now));
            }
        }
        return new Change<>(next, events);
    }

    @Override
    public Change<Opportunity> delete(Instant now) {
        return Change.of(this, new OpportunityEvent.Deleted(RecordEvent.newId(), now, this));
    }

    private static OpportunityEvent closing(Opportunity closed, Instant now) {
        return closed.details().stage() == OpportunityStage.CLOSED_WON
                ? new OpportunityEvent.Won(RecordEvent.newId(), now, closed)
                : new OpportunityEvent.Lost(RecordEvent.newId(), now, closed);
    }
}
