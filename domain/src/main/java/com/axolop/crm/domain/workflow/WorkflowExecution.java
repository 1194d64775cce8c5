package com.axolop.crm.domain.workflow;

import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One run of a workflow on one record. {@code cursor} is the path of the next step to run (see {@link StepPaths}),
 * null once no step is left. {@code depth} counts the executions whose changes led to this one: a chain deeper
 * than {@link #MAX_DEPTH} is a loop and fails. {@code triggerEventId} is the event that started it (null when
 * started by hand): one execution per workflow and event.
 */
public record WorkflowExecution(Id<WorkflowExecution> id, WorkspaceId workspaceId, Id<Workflow> workflowId,
                                String recordType, UUID recordId, UUID triggerEventId, int depth,
                                ExecutionStatus status, String cursor, String error, Instant createdAt,
                                Instant startedAt, Instant finishedAt) {
    public static final int MAX_DEPTH = 5;

    public WorkflowExecution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static WorkflowExecution queued(WorkspaceId workspace, Workflow workflow, String recordType, UUID recordId,
                                           UUID triggerEventId, int depth, Instant now) {
        return new WorkflowExecution(Id.newId(), workspace, workflow.id(), recordType, recordId, triggerEventId,
                depth, ExecutionStatus.QUEUED, StepPaths.first(workflow.details().steps()), null, now, null, null);
    }

    public WorkflowExecution started(Instant now) {
        return with(ExecutionStatus.RUNNING, cursor, null, now, null);
    }

    /** After a step: on to {@code next}, or completed when none is left; {@code waiting} while a wait step lasts. */
    public WorkflowExecution advancedTo(String next, boolean waiting, Instant now) {
        if (next == null) {
            return with(ExecutionStatus.COMPLETED, null, null, startedAt, now);
        }
        return with(waiting ? ExecutionStatus.WAITING : ExecutionStatus.RUNNING, next, null, startedAt, null);
    }

    public WorkflowExecution failed(String reason, Instant now) {
        return with(ExecutionStatus.FAILED, cursor, reason, startedAt == null ? now : startedAt, now);
    }

    /** Only an unfinished execution can be cancelled; its next step then does nothing. */
    public WorkflowExecution cancelled(Instant now) {
        if (status.isFinished()) {
            throw new ConflictException("The execution is already " + status.apiName(), null);
        }
        return with(ExecutionStatus.CANCELLED, cursor, null, startedAt, now);
    }

    public boolean tooDeep() {
        return depth > MAX_DEPTH;
    }

    private WorkflowExecution with(ExecutionStatus newStatus, String newCursor, String newError, Instant started,
                                   Instant finished) {
        return new WorkflowExecution(id, workspaceId, workflowId, recordType, recordId, triggerEventId, depth,
                newStatus, newCursor, newError, createdAt, started, finished);
    }
}
