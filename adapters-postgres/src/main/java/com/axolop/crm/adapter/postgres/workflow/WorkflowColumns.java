package com.axolop.crm.adapter.postgres.workflow;

import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.application.workflow.WorkflowSnapshot;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.workflow.AddTag;
import com.axolop.crm.domain.workflow.Assign;
import com.axolop.crm.domain.workflow.CallWebhook;
import com.axolop.crm.domain.workflow.Condition;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.axolop.crm.domain.workflow.Conditional;
import com.axolop.crm.domain.workflow.SendEmail;
import com.axolop.crm.domain.workflow.StepPaths;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.UpdatableField;
import com.axolop.crm.domain.workflow.UpdateField;
import com.axolop.crm.domain.workflow.Wait;
import com.axolop.crm.domain.workflow.WorkflowStep;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The trigger and steps columns: JSON in the published shape, read back only here. A step is
 * {@code {"type": ..., its fields}}; a condition step nests its branches. Reading builds the domain's records, so
 * stored definitions are checked again.
 */
final class WorkflowColumns {
    private WorkflowColumns() {
    }

    /** Stored as published: the shape {@link WorkflowSnapshot} gives clients and events. */
    static String write(Trigger trigger) {
        return Json.write(WorkflowSnapshot.trigger(trigger));
    }

    static String write(List<WorkflowStep> steps) {
        return Json.write(WorkflowSnapshot.steps(steps));
    }

    static Trigger readTrigger(String json) {
        Map<String, Object> trigger = Json.readObject(json);
        return new Trigger(Trigger.Type.parse((String) trigger.get("type")), (String) trigger.get("event"),
                readConditions(trigger.get("conditions")));
    }

    /** {@code secrets}: the webhook steps' secrets by step path (see {@link #secrets}). */
    static List<WorkflowStep> readSteps(String json, Map<String, String> secrets) {
        return readStepList(Json.readObjects(json), "", secrets);
    }

    /** The secrets of the signing webhook steps by step path ({@link StepPaths}' form), none when no step signs. */
    static Map<String, String> secrets(List<WorkflowStep> steps) {
        var secrets = new LinkedHashMap<String, String>();
        StepPaths.webhooks(steps).forEach((path, webhook) -> {
            if (webhook.secret() != null) {
                secrets.put(path, webhook.secret().value());
            }
        });
        return secrets;
    }

    @SuppressWarnings("unchecked")
    private static List<Condition> readConditions(Object stored) {
        return ((List<Map<String, Object>>) stored).stream().map(condition -> new Condition(
                (String) condition.get("field"), Condition.Operator.parse((String) condition.get("op")),
                condition.get("value"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<WorkflowStep> readStepList(Object stored, String prefix, Map<String, String> secrets) {
        var steps = (List<Map<String, Object>>) stored;
        return IntStream.range(0, steps.size()).mapToObj(i -> readStep(steps.get(i), prefix + i, secrets)).toList();
    }

    private static WorkflowStep readStep(Map<String, Object> step, String path, Map<String, String> secrets) {
        String type = (String) step.get("type");
        return switch (type) {
            case UpdateField.TYPE -> new UpdateField(UpdatableField.parse((String) step.get("field")),
                    step.get("value"));
            case AddTag.TYPE -> new AddTag((String) step.get("tag"));
            case Assign.TYPE -> new Assign(new UserId((String) step.get("to")));
            case Wait.TYPE -> Arrays.stream(Wait.Unit.values()).filter(unit -> step.containsKey(unit.apiName()))
                    .findFirst().map(unit -> new Wait(((Number) step.get(unit.apiName())).intValue(), unit))
                    .orElseThrow(() -> new IllegalStateException("A stored wait without its amount"));
            case Conditional.TYPE -> new Conditional(readConditions(step.get("if")),
                    readStepList(step.get("then"), path + ".then.", secrets),
                    readStepList(step.get("else"), path + ".else.", secrets));
            case SendEmail.TYPE -> new SendEmail((String) step.get("template"), (String) step.get("to"),
                    new CustomFields(Json.write(step.get("data"))));
            case CallWebhook.TYPE -> new CallWebhook((String) step.get("url"),
                    secrets.containsKey(path) ? new WebhookSecret(secrets.get(path)) : null);
            default -> throw new IllegalStateException("A stored step of unknown type " + type);
        };
    }
}
