package com.axolop.crm.application.opportunity;

import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import com.axolop.crm.domain.opportunity.Probability;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Opportunity details for tests: a full set of fields, and copies with one field changed. */
public final class TestOpportunities {
    private TestOpportunities() {
    }

    /** A prospecting deal of 50,000.00 USD about {@code lead}. */
    public static OpportunityDetails details(String name, Id<Lead> lead) {
        return new OpportunityDetails(name, lead, null, amount("50000"), CurrencyCode.USD,
                OpportunityStage.PROSPECTING, new Probability(20), LocalDate.parse("2024-06-30"), null,
                new Tags(List.of("q2")), new CustomFields("{\"source\":\"fair\"}"), null);
    }

    public static MonetaryAmount amount(String value) {
        return new MonetaryAmount(new BigDecimal(value));
    }

    public static OpportunityDetails withStage(OpportunityDetails d, OpportunityStage stage) {
        return new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(), stage,
                d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(), d.owner());
    }

    public static OpportunityDetails withValue(OpportunityDetails d, MonetaryAmount value) {
        return new OpportunityDetails(d.name(), d.leadId(), d.contactId(), value, d.currency(), d.stage(),
                d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(), d.owner());
    }

    public static OpportunityDetails withCloseDate(OpportunityDetails d, LocalDate expectedClose) {
        return new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(), d.stage(),
                d.probability(), expectedClose, d.lostReason(), d.tags(), d.customFields(), d.owner());
    }

    public static OpportunityDetails withLostReason(OpportunityDetails d, String lostReason) {
        return new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(), d.stage(),
                d.probability(), d.expectedCloseDate(), lostReason, d.tags(), d.customFields(), d.owner());
    }

    public static OpportunityDetails withOwner(OpportunityDetails d, UserId owner) {
        return new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(), d.stage(),
                d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(), owner);
    }

    public static OpportunityDetails withName(OpportunityDetails d, String name) {
        return new OpportunityDetails(name, d.leadId(), d.contactId(), d.value(), d.currency(), d.stage(),
                d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(), d.owner());
    }
}
