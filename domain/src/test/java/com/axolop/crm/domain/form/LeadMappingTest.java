package com.axolop.crm.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.MonetaryAmount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadMappingTest {
    private static final List<FormField> FIELDS = List.of(
            new FormField("full_name", "Name", FormFieldType.TEXT, false, null),
            new FormField("email", "Email", FormFieldType.EMAIL, false, null),
            new FormField("phone", "Phone", FormFieldType.PHONE, false, null),
            new FormField("company", "Company", FormFieldType.TEXT, false, null),
            new FormField("message", "Message", FormFieldType.TEXTAREA, false, null),
            new FormField("budget", "Budget", FormFieldType.NUMBER, false, null),
            new FormField("referrer", "Referrer", FormFieldType.TEXT, false, null));

    private final LeadMapping mapping = new LeadMapping(new FormDetails("Contact us", null, FIELDS, Map.of(
            "full_name", LeadField.NAME, "email", LeadField.EMAIL, "phone", LeadField.PHONE,
            "company", LeadField.COMPANY, "message", LeadField.NOTES, "budget", LeadField.VALUE), true, null));

    private static LeadDetails existing(String source) {
        return new LeadDetails(new LeadName("Old"), new EmailAddress("a@b.io"), "+1 555", "Acme", null,
                LeadStatus.QUALIFIED, null, null, source, null, null, null, null);
    }

    @Test
    void theLeadEmailIsTheMappedEmailField() {
        assertThat(mapping.leadEmail(Map.of("email", "a@b.io"))).isEqualTo(new EmailAddress("a@b.io"));
        assertThat(mapping.leadEmail(Map.of("full_name", "Jane"))).isNull();
    }

    @Test
    void aFormThatMapsNoEmailFindsNoLead() {
        var unmapped = new LeadMapping(new FormDetails("Contact us", null, FIELDS, null, true, null));

        assertThat(unmapped.leadEmail(Map.of("email", "a@b.io"))).isNull();
    }

    @Test
    void aNewLeadTakesEveryMappedValueAndTheSource() {
        LeadDetails lead = mapping.toLead(Map.of("full_name", "Jane", "email", "a@b.io", "phone", "+1 555",
                "company", "Acme", "message", "Call me", "budget", new BigDecimal("12.5"), "referrer", "ad"),
                null, "form:1");

        assertThat(lead).isEqualTo(new LeadDetails(new LeadName("Jane"), new EmailAddress("a@b.io"), "+1 555",
                "Acme", null, LeadStatus.NEW, new MonetaryAmount(new BigDecimal("12.5")), null, "form:1", "Call me",
                null, null, null));
    }

    @Test
    void aNewLeadIsNamedByItsEmailWhenNoNameIsSubmitted() {
        assertThat(mapping.toLead(Map.of("email", "a@b.io"), null, "form:1").name().value()).isEqualTo("a@b.io");
    }

    @Test
    void aNewLeadNamedByALongEmailKeepsItsFirst200Characters() {
        String email = "a".repeat(190) + "@" + "b".repeat(60) + ".io";

        LeadDetails lead = mapping.toLead(Map.of("email", email), null, "form:1");

        assertThat(lead.name().value()).isEqualTo(email.substring(0, 200));
        assertThat(lead.email().value()).isEqualTo(email);
    }

    @Test
    void aNewLeadWithoutNameOrEmailIsNamedByTheForm() {
        assertThat(mapping.toLead(Map.of("company", "Acme"), null, "form:1").name().value()).isEqualTo("Contact us");
    }

    @Test
    void anExistingLeadKeepsItsNameEmailPhoneValueStatusAndFirstSource() {
        var lead = new LeadDetails(new LeadName("Big Deal Inc"), new EmailAddress("a@b.io"), null, "Acme", null,
                LeadStatus.QUALIFIED, new MonetaryAmount(new BigDecimal("250000")), null, "web", "Key account",
                null, null, null);

        LeadDetails after = mapping.toLead(Map.of("full_name", "Hacked", "email", "A@B.io", "phone", "+1 555 6666",
                "budget", BigDecimal.ZERO, "company", "Evil", "message", "call the other number"), lead, "form:1");

        assertThat(after).isEqualTo(lead);
    }

    @Test
    void anExistingLeadGetsOnlyItsEmptyCompanyAndNotesFilled() {
        LeadDetails lead = mapping.toLead(Map.of("company", "Globex", "message", "Call me"), existing("web"),
                "form:1");

        assertThat(lead.company()).isEqualTo("Acme");
        assertThat(lead.notes()).isEqualTo("Call me");
    }

    @Test
    void anExistingLeadWithoutASourceTakesTheForms() {
        assertThat(mapping.toLead(Map.of(), existing(null), "form:1").source()).isEqualTo("form:1");
    }

    @Test
    void aMappedValueMustBeAValidValueOfItsLeadField() {
        assertThatThrownBy(() -> mapping.requireFitsLead("full_name", "x".repeat(201)))
                .hasMessage("must be at most 200 characters");
        assertThatThrownBy(() -> mapping.requireFitsLead("budget", new BigDecimal("0.001")))
                .hasMessage("must have at most 2 decimals");
        assertThatThrownBy(() -> mapping.requireFitsLead("phone", "1".repeat(51)))
                .hasMessage("must be at most 50 characters");
    }

    @Test
    void anUnmappedValueIsNotCheckedAgainstTheLead() {
        assertThatCode(() -> mapping.requireFitsLead("referrer", "x".repeat(1000))).doesNotThrowAnyException();
    }
}
