package com.axolop.crm.domain.workflow;

import java.util.List;

/**
 * One step of a workflow. Steps run in order; a {@link Conditional} runs one of its two branches. Each step
 * checks its own fields; how steps nest and how long they wait in all, {@link WorkflowDetails} checks.
 */
public sealed interface WorkflowStep permits UpdateField, AddTag, Assign, Wait, Conditional, SendEmail, CallWebhook {
    /** Every step type, as the API names them. */
    List<String> TYPES = List.of(UpdateField.TYPE, AddTag.TYPE, Assign.TYPE, Wait.TYPE, Conditional.TYPE,
            SendEmail.TYPE, CallWebhook.TYPE);

    /** The step's type as the API names it ("update_field"). */
    String type();
}
