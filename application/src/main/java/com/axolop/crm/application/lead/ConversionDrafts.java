package com.axolop.crm.application.lead;

import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import java.util.Objects;

/**
 * What a conversion of a lead would create, built from the lead at {@code leadVersion}: a client shapes these
 * drafts and converts that version.
 */
public record ConversionDrafts(ContactDetails contact, OpportunityDetails opportunity, long leadVersion) {
    public ConversionDrafts {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(opportunity, "opportunity");
    }
}
