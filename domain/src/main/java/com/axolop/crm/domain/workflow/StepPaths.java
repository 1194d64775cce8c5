package com.axolop.crm.domain.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an execution stands in a workflow's steps, as text that survives restarts: "3" is the fourth step,
 * "2.then.0" the first step of the then branch of the condition at "2".
 */
public final class StepPaths {
    private static final String THEN = "then";
    private static final String ELSE = "else";

    private StepPaths() {
    }

    /** The first step, or null when there is none. */
    public static String first(List<WorkflowStep> steps) {
        return steps.isEmpty() ? null : "0";
    }

    public static WorkflowStep at(List<WorkflowStep> steps, String path) {
        String[] parts = path.split("\\.");
        List<WorkflowStep> level = steps;
        WorkflowStep step = null;
        for (int i = 0; i < parts.length; i += 2) {
            step = level.get(Integer.parseInt(parts[i]));
            if (i + 1 < parts.length) {
                Conditional condition = (Conditional) step;
                level = parts[i + 1].equals(THEN) ? condition.then() : condition.otherwise();
            }
        }
        return step;
    }

    /** Into a condition's chosen branch, or past the condition when that branch is empty. */
    public static String enter(List<WorkflowStep> steps, String conditionPath, boolean then) {
        Conditional condition = (Conditional) at(steps, conditionPath);
        List<WorkflowStep> branch = then ? condition.then() : condition.otherwise();
        return branch.isEmpty() ? next(steps, conditionPath) : conditionPath + "." + (then ? THEN : ELSE) + ".0";
    }

    /** The step after the one at {@code path}: its next sibling, else the step after its condition; null at the end. */
    public static String next(List<WorkflowStep> steps, String path) {
        List<String> parts = new ArrayList<>(List.of(path.split("\\.")));
        while (true) {
            int index = Integer.parseInt(parts.getLast());
            List<WorkflowStep> level = parts.size() == 1 ? steps : branch(steps, parts);
            if (index + 1 < level.size()) {
                parts.set(parts.size() - 1, String.valueOf(index + 1));
                return String.join(".", parts);
            }
            if (parts.size() == 1) {
                return null;
            }
            parts = new ArrayList<>(parts.subList(0, parts.size() - 2));
        }
    }

    /** Every webhook step by its path, in the order the steps are listed (a branch's before what follows it). */
    public static Map<String, CallWebhook> webhooks(List<WorkflowStep> steps) {
        var found = new LinkedHashMap<String, CallWebhook>();
        collectWebhooks(steps, "", found);
        return found;
    }

    /** The path as a request body's fields name it: "2.then.0" is "steps[2].then[0]". */
    public static String field(String path) {
        return "steps" + path.replaceAll("(\\d+)", "[$1]").replace(".[", "[");
    }

    private static void collectWebhooks(List<WorkflowStep> steps, String prefix, Map<String, CallWebhook> found) {
        for (int i = 0; i < steps.size(); i++) {
            switch (steps.get(i)) {
                case CallWebhook webhook -> found.put(prefix + i, webhook);
                case Conditional condition -> {
                    collectWebhooks(condition.then(), prefix + i + "." + THEN + ".", found);
                    collectWebhooks(condition.otherwise(), prefix + i + "." + ELSE + ".", found);
                }
                default -> {
                }
            }
        }
    }

    // The list holding the last step of parts: the branch named just before it.
    private static List<WorkflowStep> branch(List<WorkflowStep> steps, List<String> parts) {
        String condition = String.join(".", parts.subList(0, parts.size() - 2));
        Conditional conditional = (Conditional) at(steps, condition);
        return parts.get(parts.size() - 2).equals(THEN) ? conditional.then() : conditional.otherwise();
    }
}
