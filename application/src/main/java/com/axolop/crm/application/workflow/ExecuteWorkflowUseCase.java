package com.axolop.crm.application.workflow;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.util.UUID;

/** Running workflows by hand, and following their executions. */
public interface ExecuteWorkflowUseCase {
    /** Queues an execution of an active workflow on a lead, contact or opportunity of the workspace. */
    WorkflowExecution execute(Actor actor, Id<Workflow> workflow, String recordType, UUID recordId);

    Page<WorkflowExecution> executions(Actor actor, Id<Workflow> workflow, ExecutionStatus status, PageRequest page);

    ExecutionDetails execution(Actor actor, Id<Workflow> workflow, Id<WorkflowExecution> id);

    /** Stops an unfinished execution before its next step; a finished one is a conflict. */
    WorkflowExecution cancel(Actor actor, Id<Workflow> workflow, Id<WorkflowExecution> id);
}
