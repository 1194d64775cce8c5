package com.axolop.crm.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDetailsTest {
    private static final FormField EMAIL = new FormField("email", "Email", FormFieldType.EMAIL, true, null);
    private static final FormField CONSENT = new FormField("ok", "OK", FormFieldType.CHECKBOX, false, null);

    @Test
    void theHoneypotIsUnderscoreHpUnlessNamed() {
        assertThat(new FormDetails("F", null, List.of(EMAIL), null, true, " ").honeypotField()).isEqualTo("_hp");
        assertThat(new FormDetails("F", null, List.of(EMAIL), null, true, " website ").honeypotField())
                .isEqualTo("website");
    }

    @Test
    void theHoneypotCannotBeOneOfTheFormsFields() {
        assertThatThrownBy(() -> FormDetails.checkHoneypot("email", List.of(EMAIL)))
                .hasMessage("cannot be one of the form's fields");
    }

    @Test
    void aFormHoldsOneTo50FieldsWithDistinctNames() {
        assertThatThrownBy(() -> FormDetails.checkFields(List.of())).hasMessage("must hold 1 to 50 fields");
        assertThatThrownBy(() -> FormDetails.checkFields(List.of(EMAIL, EMAIL)))
                .hasMessage("must have distinct names; email repeats");
    }

    @Test
    void aMappingMustNameAFieldOfACompatibleType() {
        assertThatThrownBy(() -> FormDetails.checkMapping(Map.of("ok", LeadField.NAME), List.of(CONSENT)))
                .hasMessage("cannot fill lead name from ok (checkbox)");
        assertThatThrownBy(() -> FormDetails.checkMapping(Map.of("missing", LeadField.NAME), List.of(CONSENT)))
                .hasMessage("names missing, which is not a field of the form");
    }

    @Test
    void aMappingFillsEachLeadFieldOnce() {
        var name = new FormField("name", "Name", FormFieldType.TEXT, false, null);
        var nickname = new FormField("nickname", "Nickname", FormFieldType.TEXT, false, null);
        var mapping = new LinkedHashMap<String, LeadField>();
        mapping.put("name", LeadField.NAME);
        mapping.put("nickname", LeadField.NAME);

        assertThatThrownBy(() -> FormDetails.checkMapping(mapping, List.of(name, nickname)))
                .hasMessage("fills lead name twice");
    }
}
