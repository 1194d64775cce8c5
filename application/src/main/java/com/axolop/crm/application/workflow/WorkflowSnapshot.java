package com.axolop.crm.application.workflow;

import com.axolop.crm.application.record.Snapshots;
import com.axolop.crm.domain.workflow.AddTag;
import com.axolop.crm.domain.workflow.Assign;
import com.axolop.crm.domain.workflow.CallWebhook;
import com.axolop.crm.domain.workflow.Condition;
import com.axolop.crm.domain.workflow.Conditional;
import com.axolop.crm.domain.workflow.SendEmail;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.UpdateField;
import com.axolop.crm.domain.workflow.Wait;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import com.axolop.crm.domain.workflow.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published shape of a workflow: API responses and the {@code workflow} of its events. A step is an object
 * with its {@code type} and that type's fields, as a request body sends it.
 */
public final class WorkflowSnapshot {
    private WorkflowSnapshot() {
    }

    public static Map<String, Object> of(Workflow workflow) {
        return Snapshots.record(workflow, details(workflow.details()));
    }

    /** The fields a client sets, as a request body would carry them. */
    public static Map<String, Object> details(WorkflowDetails d) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", d.name());
        map.put("description", d.description());
        map.put("active", d.active());
        map.put("trigger", trigger(d.trigger()));
        map.put("steps", steps(d.steps()));
        return map;
    }

    public static Map<String, Object> trigger(Trigger trigger) {
        var map = new LinkedHashMap<String, Object>();
        map.put("type", trigger.type().apiName());
        map.put("event", trigger.event());
        map.put("conditions", conditions(trigger.conditions()));
        return map;
    }

    private static List<Map<String, Object>> conditions(List<Condition> conditions) {
        return conditions.stream().map(condition -> {
            var map = new LinkedHashMap<String, Object>();
            map.put("field", condition.field());
            map.put("op", condition.op().apiName());
            map.put("value", condition.value());
            return (Map<String, Object>) map;
        }).toList();
    }

    public static List<Map<String, Object>> steps(List<WorkflowStep> steps) {
        return steps.stream().map(WorkflowSnapshot::step).toList();
    }

    private static Map<String, Object> step(WorkflowStep step) {
        var map = new LinkedHashMap<String, Object>();
        map.put("type", step.type());
        switch (step) {
            case UpdateField update -> {
                map.put("field", update.field().apiName());
                map.put("value", update.value());
            }
            case AddTag add -> map.put("tag", add.tag());
            case Assign assign -> map.put("to", assign.to().value());
            case Wait wait -> map.put(wait.unit().apiName(), wait.amount());
            case Conditional branch -> {
                map.put("if", conditions(branch.conditions()));
                map.put("then", steps(branch.then()));
                map.put("else", steps(branch.otherwise()));
            }
            case SendEmail email -> {
                map.put("template", email.template());
                map.put("to", email.to());
                map.put("data", email.data());
            }
            case CallWebhook webhook -> {
                map.put("url", webhook.url());
                map.put("signed", webhook.secret() != null); // the secret itself is never shown
            }
        }
        return map;
    }
}
