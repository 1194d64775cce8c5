package com.axolop.crm.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.workflow.Condition.Operator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {
    private static final Map<String, Object> CREATED = Map.of("lead", Map.of("status", "NEW", "source", "web",
            "value", new BigDecimal("1500.00"), "tags", List.of("vip"), "created_at", "2024-05-01T12:00:00Z"));

    private static boolean holds(String field, Operator op, Object value, Map<String, Object> context) {
        return Conditions.holds(new Condition(field, op, value), context);
    }

    @Test
    void comparesNumbersByValueWhateverTheirScale() {
        assertThat(holds("lead.value", Operator.EQ, 1500, CREATED)).isTrue();
        assertThat(holds("lead.value", Operator.GT, 1000, CREATED)).isTrue();
        assertThat(holds("lead.value", Operator.LTE, 1499.99, CREATED)).isFalse();
    }

    @Test
    void comparesDatesAsInstants() {
        assertThat(holds("lead.created_at", Operator.GTE, "2024-05-01", CREATED)).isTrue();
        assertThat(holds("lead.created_at", Operator.LT, "2024-05-01T11:00:00Z", CREATED)).isFalse();
    }

    @Test
    void aComparisonThatCannotBeMadeDoesNotHold() {
        assertThat(holds("lead.source", Operator.GT, 1, CREATED)).isFalse();
        assertThat(holds("lead.source", Operator.LT, 1, CREATED)).isFalse();
        assertThat(holds("lead.missing", Operator.LTE, 1, CREATED)).isFalse();
    }

    @Test
    void inContainsAndNotEqual() {
        assertThat(holds("lead.source", Operator.IN, List.of("fair", "web"), CREATED)).isTrue();
        assertThat(holds("lead.tags", Operator.CONTAINS, "vip", CREATED)).isTrue();
        assertThat(holds("lead.source", Operator.CONTAINS, "WE", CREATED)).isTrue();
        assertThat(holds("lead.source", Operator.NE, "web", CREATED)).isFalse();
        assertThat(holds("lead.missing", Operator.EQ, null, CREATED)).isTrue();
    }

    @Test
    void changedToHoldsOnlyWhenTheFieldJustTookTheValue() {
        Map<String, Object> updated = Map.of("lead", Map.of("status", "QUALIFIED", "name", "Acme"),
                "changes", List.of("status"), "previous", Map.of("status", "NEW"));
        Map<String, Object> renamed = Map.of("lead", Map.of("status", "QUALIFIED", "name", "Acme Inc"),
                "changes", List.of("name"), "previous", Map.of("name", "Acme"));
        Map<String, Object> statusChanged = Map.of("lead", Map.of("status", "QUALIFIED"), "from", "NEW",
                "to", "QUALIFIED");

        assertThat(holds("lead.status", Operator.CHANGED_TO, "QUALIFIED", updated)).isTrue();
        assertThat(holds("lead.status", Operator.CHANGED_TO, "QUALIFIED", renamed)).isFalse();
        assertThat(holds("lead.status", Operator.CHANGED_TO, "QUALIFIED", statusChanged)).isTrue();
        assertThat(holds("lead.status", Operator.CHANGED_TO, "NEW", CREATED)).isTrue();
    }

    @Test
    void everyConditionMustHold() {
        var web = new Condition("lead.source", Operator.EQ, "web");
        var small = new Condition("lead.value", Operator.LT, 100);

        assertThat(Conditions.allHold(List.of(web), CREATED)).isTrue();
        assertThat(Conditions.allHold(List.of(web, small), CREATED)).isFalse();
        assertThat(Conditions.allHold(List.of(), CREATED)).isTrue();
    }
}
