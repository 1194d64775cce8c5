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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test fake of {@link WorkflowExecutions}; locks are the caller's single thread. */
public class InMemoryWorkflowExecutions implements WorkflowExecutions {
    private final Map<Id<WorkflowExecution>, WorkflowExecution> executions = new ConcurrentHashMap<>();
    private final Map<Id<WorkflowExecution>, List<StepRun>> steps = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean insert(WorkflowExecution execution) {
        boolean repeat = execution.triggerEventId() != null && executions.values().stream().anyMatch(other ->
                other.workflowId().equals(execution.workflowId())
                        && execution.triggerEventId().equals(other.triggerEventId()));
        if (!repeat) {
            executions.put(execution.id(), execution);
        }
        return !repeat;
    }

    @Override
    public Optional<WorkflowExecution> find(WorkspaceId workspace, Id<Workflow> workflow, Id<WorkflowExecution> id) {
        return findForUpdate(workspace, id).filter(execution -> execution.workflowId().equals(workflow));
    }

    @Override
    public Optional<WorkflowExecution> findForUpdate(WorkspaceId workspace, Id<WorkflowExecution> id) {
        return Optional.ofNullable(executions.get(id)).filter(execution -> execution.workspaceId().equals(workspace));
    }

    @Override
    public void update(WorkflowExecution execution) {
        executions.put(execution.id(), execution);
    }

    @Override
    public Page<WorkflowExecution> list(WorkspaceId workspace, Id<Workflow> workflow, ExecutionStatus status,
                                        PageRequest page) {
        List<WorkflowExecution> all = executions.values().stream()
                .filter(execution -> execution.workspaceId().equals(workspace)
                        && execution.workflowId().equals(workflow)
                        && (status == null || execution.status() == status))
                .sorted(Comparator.comparing(WorkflowExecution::createdAt).reversed()).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), page, all.size());
    }

    @Override
    public void appendStep(StepRun run) {
        steps.computeIfAbsent(run.executionId(), id -> new ArrayList<>()).add(run);
    }

    @Override
    public List<StepRun> steps(Id<WorkflowExecution> execution) {
        return List.copyOf(steps.getOrDefault(execution, List.of()));
    }

    @Override
    public boolean earlierUnfinished(WorkflowExecution execution) {
        return executions.values().stream().anyMatch(other -> !other.id().equals(execution.id())
                && other.workflowId().equals(execution.workflowId()) && other.recordId().equals(execution.recordId())
                && !other.status().isFinished() && other.createdAt().isBefore(execution.createdAt()));
    }

    @Override
    public Optional<WorkflowExecution> nextInLine(WorkflowExecution execution) {
        return executions.values().stream().filter(other -> !other.id().equals(execution.id())
                        && other.workflowId().equals(execution.workflowId())
                        && other.recordId().equals(execution.recordId()) && !other.status().isFinished())
                .min(Comparator.comparing(WorkflowExecution::createdAt));
    }

    @Override
    public List<WorkflowExecution> stalled(Duration quietFor) {
        return List.of(); // the fake runs no jobs: nothing can stall
    }
}
