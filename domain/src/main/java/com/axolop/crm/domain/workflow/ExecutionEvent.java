package com.axolop.crm.domain.workflow;

import java.time.Instant;
import java.util.UUID;

/** What happened to a workflow execution: it started its first step, completed its last, or failed. */
public sealed interface ExecutionEvent {
    UUID id();

    Instant occurredAt();

    WorkflowExecution execution();

    String type();

    record Started(UUID id, Instant occurredAt, WorkflowExecution execution) implements ExecutionEvent {
        public String type() {
            return "workflow.started";
        }
    }

    record Completed(UUID id, Instant occurredAt, WorkflowExecution execution) implements ExecutionEvent {
        public String type() {
            return "workflow.completed";
        }
    }

    record Failed(UUID id, Instant occurredAt, WorkflowExecution execution) implements ExecutionEvent {
        public String type() {
            return "workflow.failed";
        }
    }
}
