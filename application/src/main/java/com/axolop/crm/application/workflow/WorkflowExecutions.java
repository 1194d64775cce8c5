package com.axolop.crm.application.workflow;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.axolop.crm.domain.workflow.StepRun;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** The store of workflow executions, their step logs, and which events their steps caused. */
public interface WorkflowExecutions {
    /** Stores a new execution, unless its workflow already has one for the same trigger event; says whether. */
    boolean insert(WorkflowExecution execution);

    Optional<WorkflowExecution> find(WorkspaceId workspace, Id<Workflow> workflow, Id<WorkflowExecution> id);

    /** Like find, locking the execution until the transaction ends. */
    Optional<WorkflowExecution> findForUpdate(WorkspaceId workspace, Id<WorkflowExecution> id);

    void update(WorkflowExecution execution);

    /** Newest first; {@code status} null for all. */
    Page<WorkflowExecution> list(WorkspaceId workspace, Id<Workflow> workflow, ExecutionStatus status,
                                 PageRequest page);

    void appendStep(StepRun run);

    List<StepRun> steps(Id<WorkflowExecution> execution);

    /**
     * Inside a transaction: waits for, then holds until it ends, the right to run a step of this workflow on this
     * record; and says whether an older execution of them is unfinished (then this one must wait its turn).
     */
    boolean earlierUnfinished(WorkflowExecution execution);

    /** The oldest unfinished execution of the same workflow on the same record, other than this one. */
    Optional<WorkflowExecution> nextInLine(WorkflowExecution execution);

    /** Notes that a step of {@code execution} (at {@code depth}) caused these events. */
    void recordCaused(Collection<UUID> eventIds, Id<WorkflowExecution> execution, int depth);

    /** The depth of the execution whose step caused this event, if a step did. */
    OptionalInt causedDepth(UUID eventId);
}
