package com.axolop.crm.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.workflow.Condition.Operator;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowDetailsTest {
    private static final Condition IS_VIP = new Condition("lead.tags", Operator.CONTAINS, "vip");
    private static final WorkflowStep TAG = new AddTag("followed-up");

    private static Conditional when(List<WorkflowStep> then, List<WorkflowStep> otherwise) {
        return new Conditional(List.of(IS_VIP), then, otherwise);
    }

    private static Wait days(int days) {
        return new Wait(days, Wait.Unit.DAYS);
    }

    private static WorkflowDetails details(List<WorkflowStep> steps) {
        return new WorkflowDetails("Follow up", null, true, Trigger.MANUAL, steps);
    }

    private static List<String> refusals(List<WorkflowStep> steps) {
        return WorkflowDetails.checkSteps(steps).stream().map(FieldViolation::message).toList();
    }

    @Test
    void keepsATrimmedNameAndOptionalDescription() {
        var details = new WorkflowDetails("  Follow up  ", " ", false, Trigger.MANUAL, List.of(TAG));

        assertThat(details.name()).isEqualTo("Follow up");
        assertThat(details.description()).isNull();
        assertThat(details.active()).isFalse();
    }

    @Test
    void needsAtLeastOneStep() {
        assertThat(refusals(List.of())).containsExactly("steps must hold at least one step");
    }

    @Test
    void holdsAtMostFiftyStepsCountingTheNestedOnes() {
        List<WorkflowStep> fortyNine = Collections.nCopies(49, TAG);

        assertThat(refusals(List.of(when(fortyNine, null)))).isEmpty();
        assertThat(refusals(List.of(TAG, when(fortyNine, null))))
                .containsExactly("steps must hold at most 50 steps, nested ones included, not 51");
    }

    @Test
    void nestsStepsAtMostThreeLevelsDeepInEitherBranch() {
        Conditional third = when(List.of(TAG), List.of(TAG));
        Conditional fourth = when(List.of(TAG), null);

        assertThat(refusals(List.of(when(List.of(third), null)))).isEmpty();
        assertThat(WorkflowDetails.checkSteps(List.of(TAG, when(List.of(TAG), List.of(when(List.of(fourth),
                List.of(fourth)))))))
                .extracting(FieldViolation::field)
                .containsExactly("steps[1].else[0].then[0].then", "steps[1].else[0].else[0].then");
    }

    @Test
    void waitsAtMost365DaysOnAnyPathAddingWaitsInOrderAndTakingTheLongerBranch() {
        assertThat(refusals(List.of(days(200), when(List.of(days(165)), List.of(days(100)))))).isEmpty();
        assertThat(refusals(List.of(days(200), when(List.of(days(100)), List.of(days(166))))))
                .containsExactly("steps must wait at most 365 days on any path; the longest waits 366 days");
        assertThat(refusals(List.of(days(365), new Wait(90, Wait.Unit.MINUTES))))
                .containsExactly("steps must wait at most 365 days on any path; the longest waits 525690 minutes");
    }

    @Test
    void refusesEveryBrokenRuleAtOnceNamingEachByItsPath() {
        Conditional tooDeep = when(List.of(when(List.of(when(List.of(TAG), null)), null)), null);
        List<WorkflowStep> steps = List.of(days(365), days(1), tooDeep, when(Collections.nCopies(48, TAG), null));

        InvalidFieldException refused = catchThrowableOfType(InvalidFieldException.class,
                () -> new WorkflowDetails(" ", "x".repeat(2001), true, Trigger.MANUAL, steps));

        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly(
                "name", "description", "steps", "steps[2].then[0].then[0].then", "steps");
        assertThat(refused.violations()).extracting(FieldViolation::message).containsExactly(
                "name is required",
                "description must be at most 2000 characters",
                "steps must hold at most 50 steps, nested ones included, not 55",
                "steps[2].then[0].then[0].then nests steps deeper than 3 levels",
                "steps must wait at most 365 days on any path; the longest waits 366 days");
    }

    @Test
    void equalDefinitionsAreEqual() {
        assertThat(details(List.of(when(List.of(TAG), null), days(2))))
                .isEqualTo(details(List.of(when(List.of(new AddTag("followed-up")), List.of()), days(2))));
    }
}
