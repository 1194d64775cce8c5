package com.axolop.crm.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.workflow.Condition.Operator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {
    @Test
    void namesAFieldOfTheEventByItsDottedPath() {
        assertThat(new Condition("lead.status", Operator.EQ, "NEW").field()).isEqualTo("lead.status");
        assertThat(new Condition("to", Operator.EQ, "NEW").field()).isEqualTo("to");
        for (String path : new String[] {"", "lead.", ".status", "lead..status", "lead status", "lead[0]", "1st"}) {
            assertThatThrownBy(() -> new Condition(path, Operator.EQ, "NEW")).as(path)
                    .hasMessage("field must be a dotted path into the event such as lead.status");
        }
        assertThatThrownBy(() -> new Condition("a".repeat(201), Operator.EQ, "NEW"))
                .hasMessage("field must be a dotted path into the event such as lead.status");
    }

    @Test
    void equalityOperatorsTakeOneValueOrNull() {
        assertThat(new Condition("lead.email", Operator.EQ, null).value()).isNull();
        assertThat(new Condition("lead.status", Operator.NE, "LOST").value()).isEqualTo("LOST");
        assertThat(new Condition("to", Operator.CHANGED_TO, true).value()).isEqualTo(true);
        assertThatThrownBy(() -> new Condition("lead.tags", Operator.EQ, List.of("a")))
                .hasMessage("value must be a string, number, boolean or null for eq");
    }

    @Test
    void inTakesAnArrayOfOneToAHundredValues() {
        assertThat(new Condition("to", Operator.IN, List.of("QUALIFIED", 3, false)).value())
                .isEqualTo(List.of("QUALIFIED", new BigDecimal("3"), false));
        List<Object> withNull = new ArrayList<>(List.of("a"));
        withNull.add(null);
        for (Object value : new Object[] {"QUALIFIED", List.of(), Collections.nCopies(101, "a"), withNull}) {
            assertThatThrownBy(() -> new Condition("to", Operator.IN, value))
                    .hasMessage("value must be an array of 1 to 100 strings, numbers or booleans for in");
        }
    }

    @Test
    void comparisonsTakeANumberOrAnIsoDate() {
        assertThat(new Condition("lead.value", Operator.GT, 1000).value()).isEqualTo(new BigDecimal("1000"));
        assertThat(new Condition("lead.created_at", Operator.LT, "2024-01-31").value()).isEqualTo("2024-01-31");
        assertThat(new Condition("lead.created_at", Operator.GTE, "2024-01-31T10:00:00Z").value())
                .isEqualTo("2024-01-31T10:00:00Z");
        for (Object value : new Object[] {"1000", "2024-13-01", "2024-01-31T10:00:00", true, null}) {
            assertThatThrownBy(() -> new Condition("lead.value", Operator.LTE, value)).as(String.valueOf(value))
                    .hasMessage("value must be a number or an ISO date (2024-01-31) or date-time for lte");
        }
    }

    @Test
    void containsTakesANonEmptyText() {
        assertThat(new Condition("lead.tags", Operator.CONTAINS, "vip").value()).isEqualTo("vip");
        assertThatThrownBy(() -> new Condition("lead.tags", Operator.CONTAINS, ""))
                .hasMessage("value must be a non-empty string for contains");
    }

    @Test
    void numbersAreKeptCanonicalSoEqualNumbersMakeEqualConditions() {
        assertThat(new Condition("lead.value", Operator.GT, new BigDecimal("2.50")))
                .isEqualTo(new Condition("lead.value", Operator.GT, 2.5));
        assertThat(new Condition("lead.value", Operator.GT, new BigDecimal("1E+2")).value())
                .isEqualTo(new BigDecimal("100"));
    }

    @Test
    void valuesAreBounded() {
        assertThatThrownBy(() -> new Condition("lead.value", Operator.GT, new BigDecimal("1234567890123456")))
                .hasMessage("value must have at most 15 digits before the point and 6 after");
        assertThatThrownBy(() -> new Condition("lead.notes", Operator.EQ, "x".repeat(1001)))
                .hasMessage("value must be at most 1000 characters");
    }

    @Test
    void atMostTwentyConditionsAndAtLeastOneWhereRequired() {
        var condition = new Condition("to", Operator.EQ, "NEW");

        assertThat(Condition.checkList(null, false)).isEmpty();
        assertThatThrownBy(() -> Condition.checkList(List.of(), true)).hasMessage("must hold 1 to 20 conditions");
        assertThatThrownBy(() -> Condition.checkList(Collections.nCopies(21, condition), false))
                .hasMessage("must hold 0 to 20 conditions");
    }

    @Test
    void operatorsAreNamedInLowerCase() {
        assertThat(Operator.parse("changed_to")).isEqualTo(Operator.CHANGED_TO);
        assertThatThrownBy(() -> Operator.parse("like"))
                .hasMessage("must be one of eq, ne, in, gt, gte, lt, lte, contains, changed_to");
    }
}
