package com.axolop.crm.adapter.rest.workflow;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.workflow.Condition;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import com.axolop.crm.domain.workflow.WorkflowStep;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A workflow definition as a request body carries it. */
final class WorkflowJson {
    private WorkflowJson() {
    }

    /**
     * Server-owned fields are not read; every flaw is reported at once, a part of the trigger or of a step by its
     * path ("trigger.conditions[0].op", "steps[1].then[0].tag"). How the steps fit together (how many, how deep,
     * how long they wait) is checked once every step reads.
     */
    static WorkflowDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var json = new JsonFields(body, errors);
        String name = json.text("name");
        String description = json.text("description");
        Boolean active = json.bool("active");
        ObjectNode triggerNode = json.object("trigger");
        List<ObjectNode> stepNodes = json.objects("steps");

        errors.check("name", () -> Text.required(name, WorkflowDetails.MAX_NAME));
        errors.check("description", () -> Text.optional(description, WorkflowDetails.MAX_DESCRIPTION));
        Trigger trigger = trigger(triggerNode, errors);
        List<WorkflowStep> steps = new StepJson(errors).read(stepNodes, "steps");
        if (steps != null && !errors.failed("steps")) {
            WorkflowDetails.checkSteps(steps).forEach(errors::add);
        }
        errors.throwIfAny();
        return new WorkflowDetails(name, description, active == null || active, trigger, steps);
    }

    private static Trigger trigger(ObjectNode node, FieldErrors errors) {
        if (node == null) {
            if (!errors.failed("trigger")) {
                errors.add("trigger", "is required");
            }
            return null;
        }
        int before = errors.count();
        var json = new JsonFields(node, errors, "trigger.");
        String type = json.text("type");
        String event = json.text("event");
        List<Condition> conditions = ConditionJson.read(json.objects("conditions"), "trigger.conditions", errors);
        Trigger.Type validType = errors.check("trigger.type", () -> Trigger.Type.parse(type));
        if (validType != null) {
            errors.check("trigger.event", () -> Trigger.event(validType, event));
            if (conditions != null) {
                errors.check("trigger.conditions", () -> Trigger.conditions(validType, conditions));
            }
        }
        return errors.count() == before ? new Trigger(validType, event, conditions) : null;
    }
}
