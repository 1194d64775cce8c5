package com.axolop.crm.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTest {
    private final Form form = Form.create(Id.newId(), new WorkspaceId("ws"), new FormDetails("Contact us", null, List.of(
            new FormField("full_name", "Name", FormFieldType.TEXT, true, null),
            new FormField("email", "Email", FormFieldType.EMAIL, false, null),
            new FormField("budget", "Budget", FormFieldType.NUMBER, false, null),
            new FormField("size", "Size", FormFieldType.SELECT, false, List.of("small", "large")),
            new FormField("consent", "OK", FormFieldType.CHECKBOX, true, null)),
            Map.of("full_name", LeadField.NAME, "email", LeadField.EMAIL, "budget", LeadField.VALUE), true, null),
            new UserId("u"), Instant.EPOCH).record();

    @Test
    void acceptsAndNormalisesValuesInTheFormsOrder() {
        Map<String, Object> accepted = form.accept(Map.of("consent", true, "full_name", "  Jane ", "budget", "12.5"));

        assertThat(accepted).containsExactly(Map.entry("full_name", "Jane"), Map.entry("budget", new BigDecimal("12.5")),
                Map.entry("consent", true));
    }

    @Test
    void aRequiredCheckboxMustBeTicked() {
        assertThatThrownBy(() -> form.accept(Map.of("full_name", "Jane", "consent", false)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("consent", "consent is required")));
    }

    @Test
    void aMappedValueMustFitTheLeadField() {
        var values = new HashMap<String, Object>(Map.of("full_name", "x".repeat(201), "consent", true));
        values.put("budget", new BigDecimal("-1"));

        assertThatThrownBy(() -> form.accept(values)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("full_name", "budget"));
    }

    @Test
    void theHoneypotIsAnyNonBlankValueOfItsField() {
        assertThat(form.isTrap(Map.of("_hp", "http://spam"))).isTrue();
        assertThat(form.isTrap(Map.of("_hp", " "))).isFalse();
        assertThat(form.isTrap(Map.of())).isFalse();
    }

    @Test
    void aNewLeadIsNamedByItsEmailWhenNoNameIsMapped() {
        var details = new FormDetails("Newsletter", null, List.of(new FormField("email", "Email", FormFieldType.EMAIL,
                true, null)), Map.of("email", LeadField.EMAIL), true, null);
        Form newsletter = Form.create(Id.newId(), new WorkspaceId("ws"), details, new UserId("u"), Instant.EPOCH).record();

        LeadDetails lead = newsletter.toLead(newsletter.accept(Map.of("email", "a@b.io")), null, "form:1");

        assertThat(lead.name().value()).isEqualTo("a@b.io");
        assertThat(lead.source()).isEqualTo("form:1");
        assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void anExistingLeadKeepsWhatTheSubmissionDoesNotMapAndItsFirstSource() {
        var existing = new LeadDetails(new LeadName("Old"), new EmailAddress("a@b.io"), "+1 555", "Acme", null,
                LeadStatus.QUALIFIED, null, null, "web", null, null, null, null);

        LeadDetails lead = form.toLead(form.accept(Map.of("full_name", "Jane", "consent", true)), existing, "form:1");

        assertThat(lead.name().value()).isEqualTo("Jane");
        assertThat(lead.company()).isEqualTo("Acme");
        assertThat(lead.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(lead.source()).isEqualTo("web");
    }

    @Test
    void aMappingMustNameAFieldOfACompatibleType() {
        List<FormField> fields = List.of(new FormField("ok", "OK", FormFieldType.CHECKBOX, false, null));

        assertThatThrownBy(() -> FormDetails.checkMapping(Map.of("ok", LeadField.NAME), fields))
                .hasMessage("cannot fill lead name from ok (checkbox)");
        assertThatThrownBy(() -> FormDetails.checkMapping(Map.of("missing", LeadField.NAME), fields))
                .hasMessage("names missing, which is not a field of the form");
    }
}
