package com.axolop.crm.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldValuesTest {
    private static FormField field(FormFieldType type, boolean required) {
        return new FormField("f", "F", type, required, type == FormFieldType.SELECT ? List.of("small", "large") : null);
    }

    private static Object normalise(FormFieldType type, Object raw) {
        return FieldValues.normalise(field(type, false), raw);
    }

    @Test
    void anAbsentOrBlankValueIsMissing() {
        assertThat(normalise(FormFieldType.TEXT, null)).isNull();
        assertThat(normalise(FormFieldType.NUMBER, "  ")).isNull();
    }

    @Test
    void textIsTrimmed() {
        assertThat(normalise(FormFieldType.TEXT, "  Jane  ")).isEqualTo("Jane");
    }

    @Test
    void textHoldsAtMost1000CharactersAndATextareaAtMost10000() {
        assertThat(normalise(FormFieldType.TEXTAREA, "x".repeat(10_000))).isEqualTo("x".repeat(10_000));
        assertThatThrownBy(() -> normalise(FormFieldType.TEXT, "x".repeat(1001)))
                .hasMessage("must be at most 1000 characters");
        assertThatThrownBy(() -> normalise(FormFieldType.TEXTAREA, "x".repeat(10_001)))
                .hasMessage("must be at most 10000 characters");
    }

    @Test
    void aTextFieldRefusesANonString() {
        assertThatThrownBy(() -> normalise(FormFieldType.TEXT, new BigDecimal("1"))).hasMessage("must be a string");
        assertThatThrownBy(() -> normalise(FormFieldType.TEXT, List.of("[1]"))).hasMessage("must be a string");
    }

    @Test
    void anEmailMustBeValid() {
        assertThat(normalise(FormFieldType.EMAIL, " a@b.io ")).isEqualTo("a@b.io");
        assertThatThrownBy(() -> normalise(FormFieldType.EMAIL, "a@b")).hasMessage("must be a valid email address");
    }

    @Test
    void aPhoneHoldsOnlyDigitsSpacesAndPunctuation() {
        assertThat(normalise(FormFieldType.PHONE, "+1 (555) 010-0000")).isEqualTo("+1 (555) 010-0000");
        assertThatThrownBy(() -> normalise(FormFieldType.PHONE, "call me")).hasMessage("must be a phone number");
        assertThatThrownBy(() -> normalise(FormFieldType.PHONE, "12")).hasMessage("must be a phone number");
    }

    @Test
    void aNumberIsReadFromTextOrTakenAsIs() {
        assertThat(normalise(FormFieldType.NUMBER, " 12.50 ")).isEqualTo(new BigDecimal("12.50"));
        assertThat(normalise(FormFieldType.NUMBER, new BigDecimal("7"))).isEqualTo(new BigDecimal("7"));
        assertThatThrownBy(() -> normalise(FormFieldType.NUMBER, "twelve")).hasMessage("must be a number");
        assertThatThrownBy(() -> normalise(FormFieldType.NUMBER, true)).hasMessage("must be a string");
    }

    @Test
    void aNumberHasAtMost15DigitsBeforeThePointAnd6After() {
        assertThat(normalise(FormFieldType.NUMBER, "999999999999999.999999")).isEqualTo(
                new BigDecimal("999999999999999.999999"));
        assertThatThrownBy(() -> normalise(FormFieldType.NUMBER, "1000000000000000"))
                .hasMessage("must have at most 15 digits before the point and 6 after");
        assertThatThrownBy(() -> normalise(FormFieldType.NUMBER, "0.1234567"))
                .hasMessage("must have at most 15 digits before the point and 6 after");
    }

    @Test
    void aSelectTakesOnlyOneOfItsOptions() {
        assertThat(normalise(FormFieldType.SELECT, " large ")).isEqualTo("large");
        assertThatThrownBy(() -> normalise(FormFieldType.SELECT, "huge")).hasMessage("must be one of small, large");
    }

    @Test
    void aCheckboxIsABooleanOrWhatAnHtmlFormSends() {
        assertThat(normalise(FormFieldType.CHECKBOX, true)).isEqualTo(true);
        assertThat(normalise(FormFieldType.CHECKBOX, "on")).isEqualTo(true);
        assertThat(normalise(FormFieldType.CHECKBOX, "true")).isEqualTo(true);
        assertThat(normalise(FormFieldType.CHECKBOX, "off")).isEqualTo(false);
        assertThat(normalise(FormFieldType.CHECKBOX, "false")).isEqualTo(false);
        assertThatThrownBy(() -> normalise(FormFieldType.CHECKBOX, "yes")).hasMessage("must be true or false");
    }

    @Test
    void anUntickedRequiredCheckboxIsMissing() {
        assertThat(FieldValues.normalise(field(FormFieldType.CHECKBOX, true), false)).isNull();
        assertThat(FieldValues.normalise(field(FormFieldType.CHECKBOX, true), "on")).isEqualTo(true);
    }
}
