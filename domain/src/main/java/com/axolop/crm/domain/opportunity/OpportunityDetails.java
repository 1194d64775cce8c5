package com.axolop.crm.domain.opportunity;

import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import java.time.LocalDate;

/**
 * Everything a client may set on an opportunity. It is about a lead, a contact or both; optional fields are
 * null when absent, defaults (stage PROSPECTING, currency USD) and collections never null. A null owner
 * means the creator, set on creation.
 */
public record OpportunityDetails(String name,
                                 Id<Lead> leadId,
                                 Id<Contact> contactId,
                                 MonetaryAmount value,
                                 CurrencyCode currency,
                                 OpportunityStage stage,
                                 Probability probability,
                                 LocalDate expectedCloseDate,
                                 String lostReason,
                                 Tags tags,
                                 CustomFields customFields,
                                 UserId owner) {
    public static final int MAX_NAME = 200;
    public static final int MAX_LOST_REASON = 1000;
    public static final String PARTY_REQUIRED = "or contact_id is required";

    public OpportunityDetails {
        name = Text.required(name, MAX_NAME);
        if (leadId == null && contactId == null) {
            throw new IllegalArgumentException(PARTY_REQUIRED);
        }
        currency = currency == null ? CurrencyCode.USD : currency;
        stage = stage == null ? OpportunityStage.PROSPECTING : stage;
        lostReason = Text.optional(lostReason, MAX_LOST_REASON);
        tags = tags == null ? Tags.NONE : tags;
        customFields = customFields == null ? CustomFields.EMPTY : customFields;
    }

    /** The deal a converted lead becomes: its name and value, about the lead (its contact is added once created). */
    public static OpportunityDetails convertedFrom(Lead lead) {
        var d = lead.details();
        return new OpportunityDetails(d.name().value(), lead.id(), null, d.value(), d.currency(),
                null, null, null, null, null, null, null);
    }

    /** The same deal about other parties. */
    public OpportunityDetails about(Id<Lead> lead, Id<Contact> contact) {
        return new OpportunityDetails(name, lead, contact, value, currency, stage, probability, expectedCloseDate,
                lostReason, tags, customFields, owner);
    }

    OpportunityDetails ownedBy(UserId user) {
        return owner != null ? this : new OpportunityDetails(name, leadId, contactId, value, currency, stage,
                probability, expectedCloseDate, lostReason, tags, customFields, user);
    }
}
