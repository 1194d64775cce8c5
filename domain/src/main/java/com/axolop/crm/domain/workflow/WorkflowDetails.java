package com.axolop.crm.domain.workflow;

import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A workflow's definition, all a client sets: a name, what triggers it, and its steps: 1 to 50 in all (nested ones
 * included), at most 3 levels deep (a condition's branches are one level below it), waiting at most 365 days on
 * any path. Every broken rule is refused at once, each named by its path ("steps[1].then[0].then").
 */
public record WorkflowDetails(String name, String description, boolean active, Trigger trigger,
                              List<WorkflowStep> steps) {
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_STEPS = 50;
    public static final int MAX_DEPTH = 3;

    public WorkflowDetails {
        Objects.requireNonNull(trigger, "trigger");
        steps = steps == null ? List.of() : List.copyOf(steps);
        var violations = new ArrayList<FieldViolation>();
        name = checked("name", name, given -> Text.required(given, MAX_NAME), violations);
        description = checked("description", description, given -> Text.optional(given, MAX_DESCRIPTION),
                violations);
        violations.addAll(checkSteps(steps));
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations);
        }
    }

    /** How the steps fit together (each step checked itself already): every violation, or none. */
    public static List<FieldViolation> checkSteps(List<WorkflowStep> steps) {
        var violations = new ArrayList<FieldViolation>();
        if (steps.isEmpty()) {
            violations.add(violation("steps", "must hold at least one step"));
        }
        int count = count(steps);
        if (count > MAX_STEPS) {
            violations.add(violation("steps", "must hold at most " + MAX_STEPS + " steps, nested ones included, not "
                    + count));
        }
        nested(steps, "steps", 1, violations);
        Duration longest = longestWait(steps);
        if (longest.compareTo(Wait.MAX) > 0) {
            violations.add(violation("steps", "must wait at most 365 days on any path; the longest waits "
                    + describe(longest)));
        }
        return violations;
    }

    private static int count(List<WorkflowStep> steps) {
        return steps.stream().mapToInt(step -> step instanceof Conditional branch
                ? 1 + count(branch.then()) + count(branch.otherwise()) : 1).sum();
    }

    /** Reports each branch whose steps lie deeper than {@link #MAX_DEPTH} (once: not what lies below it). */
    private static void nested(List<WorkflowStep> steps, String path, int depth, List<FieldViolation> violations) {
        if (!steps.isEmpty() && depth > MAX_DEPTH) {
            violations.add(violation(path, "nests steps deeper than " + MAX_DEPTH + " levels"));
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Conditional branch) {
                nested(branch.then(), path + "[" + i + "].then", depth + 1, violations);
                nested(branch.otherwise(), path + "[" + i + "].else", depth + 1, violations);
            }
        }
    }

    /** The longest a run can wait in all: waits add up in order, a condition takes its longer branch. */
    private static Duration longestWait(List<WorkflowStep> steps) {
        Duration total = Duration.ZERO;
        for (WorkflowStep step : steps) {
            total = total.plus(switch (step) {
                case Wait wait -> wait.duration();
                case Conditional branch -> max(longestWait(branch.then()), longestWait(branch.otherwise()));
                default -> Duration.ZERO;
            });
        }
        return total;
    }

    private static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % (24 * 60) == 0 ? minutes / (24 * 60) + " days"
                : minutes % 60 == 0 ? minutes / 60 + " hours" : minutes + " minutes";
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static FieldViolation violation(String field, String message) {
        return new FieldViolation(field, field + " " + message);
    }

    private static String checked(String field, String value, UnaryOperator<String> check,
                                  List<FieldViolation> violations) {
        try {
            return check.apply(value);
        } catch (IllegalArgumentException e) {
            violations.add(violation(field, e.getMessage()));
            return null;
        }
    }
}
