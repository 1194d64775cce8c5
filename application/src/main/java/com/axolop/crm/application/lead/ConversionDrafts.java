package com.axolop.crm.application.lead;

import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import java.util.Objects;

/** What a conversion is about to create: the contact, and the opportunity (null when none was asked for). */
public record ConversionDrafts(ContactDetails contact, OpportunityDetails opportunity) {
    public ConversionDrafts {
        Objects.requireNonNull(contact, "contact");
    }
}
