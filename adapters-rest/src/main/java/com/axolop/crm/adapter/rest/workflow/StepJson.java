package com.axolop.crm.adapter.rest.workflow;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.axolop.crm.domain.workflow.AddTag;
import com.axolop.crm.domain.workflow.Assign;
import com.axolop.crm.domain.workflow.CallWebhook;
import com.axolop.crm.domain.workflow.Condition;
import com.axolop.crm.domain.workflow.Conditional;
import com.axolop.crm.domain.workflow.SendEmail;
import com.axolop.crm.domain.workflow.UpdatableField;
import com.axolop.crm.domain.workflow.UpdateField;
import com.axolop.crm.domain.workflow.Wait;
import com.axolop.crm.domain.workflow.WorkflowStep;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps as a request body carries them: {@code {"type": "wait", "hours": 2}}, a condition step nesting its
 * {@code then} and {@code else} steps. Every flaw is reported under its path ("steps[1].then[0].tag").
 */
final class StepJson {
    private final FieldErrors errors;

    StepJson(FieldErrors errors) {
        this.errors = errors;
    }

    /** The steps at {@code path}, or null when one of them, however deep, is flawed. */
    List<WorkflowStep> read(List<ObjectNode> nodes, String path) {
        if (nodes == null) {
            return List.of();
        }
        var steps = new ArrayList<WorkflowStep>();
        for (int i = 0; i < nodes.size(); i++) {
            steps.add(step(nodes.get(i), path + "[" + i + "]"));
        }
        return steps.contains(null) ? null : steps;
    }

    private WorkflowStep step(ObjectNode node, String at) {
        int before = errors.count();
        var json = new JsonFields(node, errors, at + ".");
        String type = json.text("type");
        String valid = errors.check(at + ".type", () -> stepType(type));
        WorkflowStep step = valid == null ? null : switch (valid) {
            case UpdateField.TYPE -> updateField(json, node, at);
            case AddTag.TYPE -> addTag(json, at);
            case Assign.TYPE -> assign(json, at);
            case Wait.TYPE -> waitStep(json, at);
            case Conditional.TYPE -> conditional(json, at);
            case SendEmail.TYPE -> sendEmail(json, at);
            case CallWebhook.TYPE -> webhook(json, at);
            default -> throw new IllegalStateException("No reader for step type " + valid);
        };
        return errors.count() == before ? step : null;
    }

    private static String stepType(String type) {
        if (!WorkflowStep.TYPES.contains(type)) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", WorkflowStep.TYPES));
        }
        return type;
    }

    private WorkflowStep updateField(JsonFields json, ObjectNode node, String at) {
        String name = json.text("field");
        UpdatableField field = errors.check(at + ".field", () -> UpdatableField.parse(name));
        Object value = ConditionJson.plain(node.get("value"));
        return field == null ? null : errors.check(at + ".value", () -> new UpdateField(field, field.check(value)));
    }

    private WorkflowStep addTag(JsonFields json, String at) {
        String tag = json.text("tag");
        return errors.check(at + ".tag", () -> new AddTag(tag));
    }

    private WorkflowStep assign(JsonFields json, String at) {
        String to = json.text("to");
        return errors.check(at + ".to", () -> new Assign(new UserId(to)));
    }

    /** The secret is optional: without one the calls go unsigned. */
    private WorkflowStep webhook(JsonFields json, String at) {
        int before = errors.count();
        String url = json.text("url");
        String secret = json.text("secret");
        String valid = errors.check(at + ".url", () -> CallWebhook.url(url));
        WebhookSecret signing = secret == null ? null : errors.check(at + ".secret", () -> signingSecret(secret));
        return errors.count() == before ? new CallWebhook(valid, signing) : null;
    }

    private static WebhookSecret signingSecret(String secret) {
        try {
            return new WebhookSecret(secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a Standard Webhooks secret: whsec_ and the base64 of at least"
                    + " 24 bytes");
        }
    }

    /** Exactly one of minutes, hours and days. */
    private WorkflowStep waitStep(JsonFields json, String at) {
        Wait wait = null;
        int given = 0;
        for (Wait.Unit unit : Wait.Unit.values()) {
            Integer amount = json.integer(unit.apiName());
            if (amount != null) {
                given++;
                wait = errors.check(at + "." + unit.apiName(), () -> new Wait(Wait.amount(amount, unit), unit));
            }
        }
        if (given != 1 && !errors.failed(at + ".minutes") && !errors.failed(at + ".hours")
                && !errors.failed(at + ".days")) {
            errors.add(at, "needs exactly one of minutes, hours or days");
        }
        return wait;
    }

    private WorkflowStep conditional(JsonFields json, String at) {
        int before = errors.count();
        List<Condition> conditions = ConditionJson.read(json.objects("if"), at + ".if", errors);
        List<WorkflowStep> then = read(json.objects("then"), at + ".then");
        List<WorkflowStep> otherwise = read(json.objects("else"), at + ".else");
        if (conditions != null) {
            errors.check(at + ".if", () -> Condition.checkList(conditions, true));
        }
        if (then != null && otherwise != null && then.isEmpty() && otherwise.isEmpty() && !errors.failed(at + ".then")
                && !errors.failed(at + ".else")) {
            errors.add(at, Conditional.BRANCH_REQUIRED);
        }
        return errors.count() == before ? new Conditional(conditions, then, otherwise) : null;
    }

    private WorkflowStep sendEmail(JsonFields json, String at) {
        int before = errors.count();
        String template = json.text("template");
        String to = json.text("to");
        CustomFields data = json.customFields("data");
        errors.check(at + ".template", () -> SendEmail.template(template));
        errors.check(at + ".to", () -> SendEmail.recipient(to));
        return errors.count() == before ? new SendEmail(template, to, data) : null;
    }
}
