package com.axolop.crm.application.workflow;

import com.axolop.crm.domain.workflow.StepRun;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.util.List;
import java.util.Objects;

/** An execution with its step log, in the order the steps ran. */
public record ExecutionDetails(WorkflowExecution execution, List<StepRun> steps) {
    public ExecutionDetails {
        Objects.requireNonNull(execution, "execution");
        steps = List.copyOf(steps);
    }
}
