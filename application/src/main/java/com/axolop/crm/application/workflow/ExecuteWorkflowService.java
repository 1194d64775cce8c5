package com.axolop.crm.application.workflow;

import com.axolop.crm.application.port.ExistingRecords;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

public class ExecuteWorkflowService implements ExecuteWorkflowUseCase {
    private final WorkflowRepository workflows;
    private final WorkflowExecutions executions;
    private final WorkflowEngine engine;
    private final ExistingRecords records;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ExecuteWorkflowService(WorkflowRepository workflows, WorkflowExecutions executions, WorkflowEngine engine,
                                  ExistingRecords records, TransactionRunner transactions, Clock clock) {
        this.workflows = Objects.requireNonNull(workflows);
        this.executions = Objects.requireNonNull(executions);
        this.engine = Objects.requireNonNull(engine);
        this.records = Objects.requireNonNull(records);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public WorkflowExecution execute(Actor actor, Id<Workflow> workflowId, String recordType, UUID recordId) {
        actor.requireWriter();
        Workflow workflow = workflow(actor, workflowId);
        if (!workflow.details().active()) {
            throw new ConflictException("The workflow is inactive: activate it to run it", null);
        }
        if (!RecordSteps.TYPES.contains(recordType)) {
            throw new InvalidFieldException("record_type", "must be lead, contact or opportunity");
        }
        return transactions.inTransaction(() -> {
            if (!records.exists(actor.workspace(), recordType, new Id<>(recordId))) {
                throw new InvalidFieldException("record_id", "does not exist in this workspace");
            }
            var execution = WorkflowExecution.queued(actor.workspace(), workflow, recordType, recordId, null, 0,
                    clock.instant());
            engine.start(execution);
            return execution;
        });
    }

    @Override
    public Page<WorkflowExecution> executions(Actor actor, Id<Workflow> workflowId, ExecutionStatus status,
                                              PageRequest page) {
        workflow(actor, workflowId);
        return executions.list(actor.workspace(), workflowId, status, page);
    }

    @Override
    public ExecutionDetails execution(Actor actor, Id<Workflow> workflowId, Id<WorkflowExecution> id) {
        WorkflowExecution execution = executions.find(actor.workspace(), workflowId, id)
                .orElseThrow(ExecuteWorkflowService::notFound);
        return new ExecutionDetails(execution, executions.steps(id));
    }

    @Override
    public WorkflowExecution cancel(Actor actor, Id<Workflow> workflowId, Id<WorkflowExecution> id) {
        actor.requireWriter();
        return transactions.inTransaction(() -> {
            executions.find(actor.workspace(), workflowId, id).orElseThrow(ExecuteWorkflowService::notFound);
            WorkflowExecution cancelled = executions.findForUpdate(actor.workspace(), id)
                    .orElseThrow(ExecuteWorkflowService::notFound).cancelled(clock.instant());
            executions.update(cancelled);
            engine.handOver(cancelled);
            return cancelled;
        });
    }

    private Workflow workflow(Actor actor, Id<Workflow> id) {
        return workflows.findById(actor.workspace(), id).orElseThrow(() -> new NotFoundException("Workflow not found"));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Execution not found");
    }
}
