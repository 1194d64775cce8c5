package com.axolop.crm.application.workflow;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.axolop.crm.domain.workflow.StepRun;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The store of workflow executions and their step logs. */
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

    /**
     * Unfinished executions first in line on their record, untouched for {@code quietFor}, that no waiting or
     * running job will move on: their step's job ended outside the engine (its worker lost it three times, or
     * recording its failure failed).
     */
    List<WorkflowExecution> stalled(Duration quietFor);

}
