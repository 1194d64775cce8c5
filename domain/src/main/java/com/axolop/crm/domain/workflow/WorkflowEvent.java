package com.axolop.crm.domain.workflow;

import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** What happened to a workflow's definition (its runs raise their own events). */
public sealed interface WorkflowEvent extends RecordEvent<Workflow> {
    record Created(UUID id, Instant occurredAt, Workflow record) implements WorkflowEvent {
        public String type() {
            return "workflow.created";
        }
    }

    record Updated(UUID id, Instant occurredAt, Workflow previous, Workflow record)
            implements WorkflowEvent, RecordEvent.Update<Workflow> {
        public String type() {
            return "workflow.updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, Workflow record) implements WorkflowEvent {
        public String type() {
            return "workflow.deleted";
        }
    }
}
