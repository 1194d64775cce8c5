package com.axolop.crm.application.workflow;

import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.domain.workflow.ExecutionEvent;
import com.axolop.crm.domain.workflow.StepRun;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published shape of an execution and of its steps: API bodies, and the {@code execution} of its events. */
public final class ExecutionSnapshot {
    private ExecutionSnapshot() {
    }

    public static Map<String, Object> of(WorkflowExecution execution) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", execution.id().toString());
        map.put("workspace_id", execution.workspaceId().value());
        map.put("workflow_id", execution.workflowId().toString());
        map.put("record_type", execution.recordType());
        map.put("record_id", execution.recordId().toString());
        map.put("status", execution.status().apiName());
        map.put("trigger_event_id", text(execution.triggerEventId()));
        map.put("depth", execution.depth());
        map.put("error", execution.error());
        map.put("created_at", execution.createdAt().toString());
        map.put("started_at", text(execution.startedAt()));
        map.put("finished_at", text(execution.finishedAt()));
        return map;
    }

    public static Map<String, Object> of(StepRun step) {
        var map = new LinkedHashMap<String, Object>();
        map.put("index", step.index());
        map.put("path", step.path());
        map.put("type", step.type());
        map.put("status", step.status().apiName());
        map.put("started_at", text(step.startedAt()));
        map.put("finished_at", text(step.finishedAt()));
        map.put("output", step.output());
        map.put("error", step.error());
        return map;
    }

    /** workflow.started, .completed and .failed go to the workflow's topic, keyed by the workflow. */
    static OutboxEvent toOutbox(ExecutionEvent event) {
        WorkflowExecution execution = event.execution();
        return new OutboxEvent(event.id(), "workflow", execution.workflowId().toString(), event.type(),
                execution.workspaceId(), Map.of("execution", of(execution)), event.occurredAt());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
