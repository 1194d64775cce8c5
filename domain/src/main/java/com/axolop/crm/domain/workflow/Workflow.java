package com.axolop.crm.domain.workflow;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/** An automation the workspace defines: a trigger and the steps it runs. Immutable, like every record. */
public record Workflow(Id<Workflow> id, WorkspaceId workspaceId, WorkflowDetails details, Revision revision)
        implements EditableRecord<Workflow, WorkflowDetails> {
    public Workflow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<Workflow> create(Id<Workflow> id, WorkspaceId workspace, WorkflowDetails details,
                                          UserId createdBy, Instant now) {
        var workflow = new Workflow(id, workspace, details, Revision.first(createdBy, now));
        return Change.of(workflow, new WorkflowEvent.Created(RecordEvent.newId(), now, workflow));
    }

    /** Replaces the definition; an unchanged one stays at its version and raises nothing. */
    @Override
    public Change<Workflow> update(WorkflowDetails newDetails, Instant now) {
        if (newDetails.equals(details)) {
            return Change.none(this);
        }
        var next = new Workflow(id, workspaceId, newDetails, revision.next(now));
        return Change.of(next, new WorkflowEvent.Updated(RecordEvent.newId(), now, this, next));
    }

    @Override
    public Change<Workflow> delete(Instant now) {
        return Change.of(this, new WorkflowEvent.Deleted(RecordEvent.newId(), now, this));
    }

    /** Whether an event of this type starts it: it is active and its trigger names the type. */
    public boolean isTriggeredBy(String eventType) {
        Trigger trigger = details.trigger();
        return details.active() && trigger.type() == Trigger.Type.EVENT && trigger.event().equals(eventType);
    }
}
