package com.axolop.crm.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.workflow.Condition.Operator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepPathsTest {
    private static final Condition IS_VIP = new Condition("lead.tags", Operator.CONTAINS, "vip");
    private static final WorkflowStep A = new AddTag("a");
    private static final WorkflowStep B = new AddTag("b");
    private static final WorkflowStep C = new AddTag("c");
    // 0: a; 1: if vip then [b, c] else []; 2: a
    private static final List<WorkflowStep> STEPS = List.of(A, new Conditional(List.of(IS_VIP), List.of(B, C),
            List.of()), A);

    @Test
    void startsAtTheFirstStepAndGoesOnInOrder() {
        assertThat(StepPaths.first(STEPS)).isEqualTo("0");
        assertThat(StepPaths.next(STEPS, "0")).isEqualTo("1");
        assertThat(StepPaths.next(STEPS, "2")).isNull();
    }

    @Test
    void entersTheChosenBranchAndLeavesItForTheStepAfterTheCondition() {
        assertThat(StepPaths.enter(STEPS, "1", true)).isEqualTo("1.then.0");
        assertThat(StepPaths.at(STEPS, "1.then.1")).isEqualTo(C);
        assertThat(StepPaths.next(STEPS, "1.then.0")).isEqualTo("1.then.1");
        assertThat(StepPaths.next(STEPS, "1.then.1")).isEqualTo("2");
    }

    @Test
    void anEmptyBranchGoesStraightPastTheCondition() {
        assertThat(StepPaths.enter(STEPS, "1", false)).isEqualTo("2");
    }

    @Test
    void leavesNestedConditionsAllTheWayOut() {
        var inner = new Conditional(List.of(IS_VIP), List.of(C), List.of());
        List<WorkflowStep> nested = List.of(new Conditional(List.of(IS_VIP), List.of(B, inner), List.of()));

        assertThat(StepPaths.next(nested, "0.then.1.then.0")).isNull();
        assertThat(StepPaths.at(nested, "0.then.1.then.0")).isEqualTo(C);
    }

    @Test
    void findsEveryWebhookStepByItsPathAtAnyDepth() {
        var first = new CallWebhook("https://hooks.example.com/1");
        var nested = new CallWebhook("https://hooks.example.com/2");
        var steps = List.<WorkflowStep>of(first, new Conditional(List.of(IS_VIP), List.of(A),
                List.of(B, new Conditional(List.of(IS_VIP), List.of(nested), List.of()))));

        assertThat(StepPaths.webhooks(steps)).containsExactly(Map.entry("0", first), Map.entry("1.else.1.then.0",
                nested));
    }

    @Test
    void namesAPathAsTheRequestBodysFields() {
        assertThat(StepPaths.field("12")).isEqualTo("steps[12]");
        assertThat(StepPaths.field("1.else.10.then.0")).isEqualTo("steps[1].else[10].then[0]");
    }
}
