package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.shared.Id;
import java.util.Objects;

/**
 * Converts a lead into this contact, and this opportunity unless null. Their references to the lead and the new
 * contact are the conversion's, whatever they say. {@code expectedVersion} is usually the version the drafts
 * were built from, so a lead edited meanwhile is not converted from stale drafts.
 */
public record ConvertLeadCommand(Id<Lead> id, ContactDetails contact, OpportunityDetails opportunity,
                                 ExpectedVersion expectedVersion) {
    public ConvertLeadCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
