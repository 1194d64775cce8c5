package com.axolop.crm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadConversionTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static Lead lead(String name) {
        var details = new LeadDetails(new LeadName(name), new EmailAddress("jane@acme.com"), "+1 555", "Acme",
                null, LeadStatus.QUALIFIED, new MonetaryAmount(new BigDecimal("1200")), new CurrencyCode("EUR"),
                "web", "notes", new Tags(List.of("hot")), new CustomFields("{\"tier\":\"gold\"}"), null);
        return Lead.create(Id.newId(), new WorkspaceId("acme"), details, new UserId("rep-1"), T0).record();
    }

    @Test
    void convertingMarksTheLeadConvertedWithTheEventsOfAStatusUpdateThenConverted() {
        Lead lead = lead("Jane Doe");
        UUID contact = Uuids.v7();

        Change<Lead> change = lead.convert(contact, null, T0.plusSeconds(60));

        assertThat(change.record().details().status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(change.record().revision().version()).isEqualTo(2);
        assertThat(change.events()).extracting(RecordEvent::type)
                .containsExactly("lead.updated", "lead.status_changed", "lead.converted");
        var converted = (LeadEvent.Converted) change.events().get(2);
        assertThat(converted.contactId()).isEqualTo(contact);
        assertThat(converted.opportunityId()).isNull();
    }

    @Test
    void aLeadConvertsOnce() {
        Lead converted = lead("Jane").convert(Uuids.v7(), null, T0).record();

        assertThat(converted.isConverted()).isTrue();
        assertThatThrownBy(() -> converted.convert(Uuids.v7(), null, T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theContactTakesTheFirstWordAsFirstNameTheRestAsLastNameAndTheLeadsContactFields() {
        Lead lead = lead("Jane  van der Berg");

        ContactDetails contact = ContactDetails.convertedFrom(lead);

        assertThat(contact.firstName()).isEqualTo("Jane");
        assertThat(contact.lastName()).isEqualTo("van der Berg");
        assertThat(contact.email()).isEqualTo(lead.details().email());
        assertThat(contact.phone()).isEqualTo("+1 555");
        assertThat(contact.company()).isEqualTo("Acme");
        assertThat(contact.tags()).isEqualTo(lead.details().tags());
        assertThat(contact.customFields()).isEqualTo(lead.details().customFields());
        assertThat(contact.leadId()).isEqualTo(lead.id());
        assertThat(contact.owner()).isNull();
    }

    @Test
    void aOneWordNameIsAFirstNameAndLongNamePartsAreCut() {
        assertThat(ContactDetails.convertedFrom(lead("Acme")).lastName()).isNull();
        String rest = "x".repeat(150);

        assertThat(ContactDetails.convertedFrom(lead("Jane " + rest)).lastName()).hasSize(ContactDetails.MAX_NAME);
    }

    @Test
    void theOpportunityTakesTheLeadsNameAndValueAndNamesTheLead() {
        Lead lead = lead("Jane Doe");

        OpportunityDetails opportunity = OpportunityDetails.convertedFrom(lead);

        assertThat(opportunity.name()).isEqualTo("Jane Doe");
        assertThat(opportunity.value()).isEqualTo(lead.details().value());
        assertThat(opportunity.currency()).isEqualTo(new CurrencyCode("EUR"));
        assertThat(opportunity.leadId()).isEqualTo(lead.id());
        assertThat(opportunity.contactId()).isNull();
    }
}
