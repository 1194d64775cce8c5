package com.axolop.crm.domain.workflow;

import static com.axolop.crm.domain.workflow.Values.part;

import java.util.List;

/**
 * The condition step: when every one of its conditions holds the run goes on with {@code then}, else with
 * {@code otherwise} (the API's {@code if}, {@code then} and {@code else}); either branch may be empty, not both.
 */
public record Conditional(List<Condition> conditions, List<WorkflowStep> then, List<WorkflowStep> otherwise)
        implements WorkflowStep {
    public static final String TYPE = "condition";
    public static final String BRANCH_REQUIRED = "needs a step in then or else";

    public Conditional {
        conditions = part("if", conditions, given -> Condition.checkList(given, true));
        then = then == null ? List.of() : List.copyOf(then);
        otherwise = otherwise == null ? List.of() : List.copyOf(otherwise);
        if (then.isEmpty() && otherwise.isEmpty()) {
            throw new IllegalArgumentException(BRANCH_REQUIRED);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
