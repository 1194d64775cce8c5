package com.axolop.crm.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {
    private final SubmissionRules rules = new SubmissionRules(new FormDetails("Contact us", null, List.of(
            new FormField("full_name", "Name", FormFieldType.TEXT, true, null),
            new FormField("email", "Email", FormFieldType.EMAIL, false, null),
            new FormField("budget", "Budget", FormFieldType.NUMBER, false, null),
            new FormField("size", "Size", FormFieldType.SELECT, false, List.of("small", "large")),
            new FormField("consent", "OK", FormFieldType.CHECKBOX, true, null)),
            Map.of("full_name", LeadField.NAME, "email", LeadField.EMAIL, "budget", LeadField.VALUE), true, null));

    private static List<FieldViolation> violations(ThrowingCallable call) {
        var violations = new ArrayList<FieldViolation>();
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> violations.addAll(e.violations()));
        return violations;
    }

    @Test
    void acceptsAndNormalisesValuesInTheFormsOrder() {
        Map<String, Object> accepted = rules.accept(Map.of("consent", true, "full_name", "  Jane ", "budget", "12.5"));

        assertThat(accepted).containsExactly(Map.entry("full_name", "Jane"), Map.entry("budget", new BigDecimal("12.5")),
                Map.entry("consent", true));
    }

    @Test
    void leavesOutAnOptionalFieldSentBlank() {
        Map<String, Object> accepted = rules.accept(Map.of("full_name", "Jane", "consent", true, "email", " "));

        assertThat(accepted).doesNotContainKey("email");
    }

    @Test
    void aRequiredFieldSentBlankIsMissing() {
        assertThat(violations(() -> rules.accept(Map.of("full_name", " ", "consent", true))))
                .containsExactly(new FieldViolation("full_name", "full_name is required"));
    }

    @Test
    void aRequiredCheckboxMustBeTicked() {
        assertThat(violations(() -> rules.accept(Map.of("full_name", "Jane", "consent", false))))
                .containsExactly(new FieldViolation("consent", "consent is required"));
    }

    @Test
    void aValueTheFormDoesNotAskForIsRefused() {
        assertThat(violations(() -> rules.accept(Map.of("full_name", "Jane", "consent", true, "age", "40"))))
                .containsExactly(new FieldViolation("age", "age is not a field of this form"));
    }

    @Test
    void theHoneypotFieldIsNotRefusedAsUnknownNorAccepted() {
        Map<String, Object> accepted = rules.accept(Map.of("full_name", "Jane", "consent", true, "_hp", ""));

        assertThat(accepted).doesNotContainKey("_hp");
    }

    @Test
    void aMappedValueMustFitTheLeadField() {
        var values = new HashMap<String, Object>(Map.of("full_name", "x".repeat(201), "consent", true));
        values.put("budget", new BigDecimal("-1"));

        assertThat(violations(() -> rules.accept(values))).containsExactly(
                new FieldViolation("full_name", "full_name must be at most 200 characters"),
                new FieldViolation("budget", "budget must be greater than or equal to 0"));
    }

    @Test
    void everyViolationIsReportedAtOnceUnknownFieldsFirstThenInTheFormsOrder() {
        var values = new LinkedHashMap<String, Object>();
        values.put("size", "huge");
        values.put("email", "nope");
        values.put("extra", "x");

        assertThat(violations(() -> rules.accept(values))).extracting(FieldViolation::message).containsExactly(
                "extra is not a field of this form", "full_name is required", "email must be a valid email address",
                "size must be one of small, large", "consent is required");
    }

    @Test
    void theHoneypotIsAnyNonBlankValueOfItsField() {
        assertThat(rules.isTrap(Map.of("_hp", "http://spam"))).isTrue();
        assertThat(rules.isTrap(Map.of("_hp", true))).isTrue();
        assertThat(rules.isTrap(Map.of("_hp", " "))).isFalse();
        assertThat(rules.isTrap(Map.of("_hp", false))).isFalse();
        assertThat(rules.isTrap(Map.of())).isFalse();
    }

    @Test
    void theHoneypotIsTheFieldTheFormNames() {
        var form = new SubmissionRules(new FormDetails("Contact us", null,
                List.of(new FormField("email", "Email", FormFieldType.EMAIL, true, null)), null, true, "website"));

        assertThat(form.isTrap(Map.of("website", "http://spam"))).isTrue();
        assertThat(form.isTrap(Map.of("_hp", "http://spam"))).isFalse();
    }
}
