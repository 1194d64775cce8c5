package com.axolop.crm.application.workflow;

import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.axolop.crm.domain.workflow.AddTag;
import com.axolop.crm.domain.workflow.Assign;
import com.axolop.crm.domain.workflow.CallWebhook;
import com.axolop.crm.domain.workflow.Condition.Operator;
import com.axolop.crm.domain.workflow.Condition;
import com.axolop.crm.domain.workflow.Conditional;
import com.axolop.crm.domain.workflow.SendEmail;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.UpdatableField;
import com.axolop.crm.domain.workflow.UpdateField;
import com.axolop.crm.domain.workflow.Wait;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import com.axolop.crm.domain.workflow.WorkflowStep;
import java.math.BigDecimal;
import java.util.List;

/** Workflow definitions for tests. */
public final class TestWorkflows {
    /** The secret of {@link #EVERY_STEP}'s signed webhook step. */
    public static final WebhookSecret SIGNING_SECRET =
            new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    /** Every kind of step (a webhook step signed and one not), a value of each kind of JSON, a nested condition. */
    public static final List<WorkflowStep> EVERY_STEP = List.of(
            new UpdateField(UpdatableField.VALUE, new BigDecimal("1500.5")),
            new AddTag("qualified"),
            new Wait(2, Wait.Unit.HOURS),
            new Conditional(List.of(new Condition("lead.value", Operator.GTE, 1000),
                    new Condition("lead.source", Operator.IN, List.of("web", 7, true))),
                    List.of(new Assign(new UserId("rep-7")),
                            new SendEmail("leadNotification", "{{lead.email}}",
                                    new CustomFields("{\"discount\":0.15,\"tier\":{\"name\":\"gold\"}}")),
                            new CallWebhook("https://hooks.example.com/signed", SIGNING_SECRET)),
                    List.of(new CallWebhook("https://hooks.example.com/crm"),
                            new UpdateField(UpdatableField.TAGS, List.of("cold", "later")))),
            new UpdateField(UpdatableField.NOTES, null));

    private TestWorkflows() {
    }

    /** An active workflow run when a lead becomes QUALIFIED, with every kind of step. */
    public static WorkflowDetails details(String name) {
        return details(name, true, onEvent("lead.status_changed"));
    }

    public static WorkflowDetails details(String name, boolean active, Trigger trigger) {
        return new WorkflowDetails(name, "Follow up qualified leads", active, trigger, EVERY_STEP);
    }

    /** A trigger on {@code event} with one condition (the status it changed to). */
    public static Trigger onEvent(String event) {
        return Trigger.on(event, List.of(new Condition("to", Operator.EQ, "QUALIFIED")));
    }

    public static WorkflowDetails withName(WorkflowDetails d, String name) {
        return new WorkflowDetails(name, d.description(), d.active(), d.trigger(), d.steps());
    }

    public static WorkflowDetails withActive(WorkflowDetails d, boolean active) {
        return new WorkflowDetails(d.name(), d.description(), active, d.trigger(), d.steps());
    }

    public static WorkflowDetails withSteps(WorkflowDetails d, List<WorkflowStep> steps) {
        return new WorkflowDetails(d.name(), d.description(), d.active(), d.trigger(), steps);
    }
}
