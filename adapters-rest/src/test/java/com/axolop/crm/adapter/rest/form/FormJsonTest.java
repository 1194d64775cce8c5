package com.axolop.crm.adapter.rest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.FormField;
import com.axolop.crm.domain.form.FormFieldType;
import com.axolop.crm.domain.form.LeadField;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormJsonTest {
    private static FormDetails details(String body) throws JsonProcessingException {
        return FormJson.details((ObjectNode) Json.MAPPER.readTree(body));
    }

    private static List<String> refusals(String body) {
        return catchThrowableOfType(ApiException.class, () -> details(body)).errors().stream()
                .map(FieldViolation::message).toList();
    }

    @Test
    void readsADefinitionThatIsActiveUnlessSaidOtherwise() throws JsonProcessingException {
        FormDetails form = details("""
                {"name":"Contact us","fields":[{"name":"email","label":"Email","type":"email","required":true},
                 {"name":"size","label":"Size","type":"select","options":["small","large"]}],
                 "mapping":{"email":"email"}}""");

        assertThat(form).isEqualTo(new FormDetails("Contact us", null, List.of(
                new FormField("email", "Email", FormFieldType.EMAIL, true, null),
                new FormField("size", "Size", FormFieldType.SELECT, false, List.of("small", "large"))),
                Map.of("email", LeadField.EMAIL), true, null));
        assertThat(details("""
                {"name":"F","fields":[{"name":"a","label":"A","type":"text"}],"active":false}""").active()).isFalse();
    }

    @Test
    void namesAFlawedFieldOfTheFormByItsPosition() {
        assertThat(refusals("""
                {"name":"F","fields":[{"name":"a","label":"A","type":"color"},{"name":"s","label":"S","type":"select"},
                 {"name":"e","label":"E","type":"email","required":"yes"}]}""")).containsExactly(
                "fields[0].type must be one of text, email, phone, number, select, checkbox, textarea",
                "fields[1] options are required for a select field",
                "fields[2].required must be true or false");
    }

    @Test
    void namesAnUnknownLeadFieldByTheFormFieldMappedToIt() {
        assertThat(refusals("""
                {"name":"F","fields":[{"name":"e","label":"E","type":"email"}],"mapping":{"e":"mail","x":7}}"""))
                .containsExactly("mapping.e must map to one of name, email, phone, company, notes, value",
                        "mapping.x must map to one of name, email, phone, company, notes, value");
    }

    @Test
    void checksTheMappingAndHoneypotAgainstTheFields() {
        assertThat(refusals("""
                {"name":"F","fields":[{"name":"e","label":"E","type":"email"}],"mapping":{"e":"value"},
                 "honeypot_field":"e"}""")).containsExactly("honeypot_field cannot be one of the form's fields",
                "mapping cannot fill lead value from e (email)");
    }

    @Test
    void reportsEveryFlawAtOnceAndLeavesTheMappingUncheckedWithoutValidFields() {
        assertThat(refusals("""
                {"name":"","fields":[],"mapping":{"e":"value"},"active":"yes"}""")).containsExactly(
                "active must be true or false", "name is required", "fields must hold 1 to 50 fields");
    }
}
