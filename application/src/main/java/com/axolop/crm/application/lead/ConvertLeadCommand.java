package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Converts a lead. {@code contact} is the client's changes to the contact built from the lead;
 * {@code opportunity}, when not null, asks for an opportunity too and is the client's changes to the one
 * built from the lead. Either may refuse bad input by throwing.
 */
public record ConvertLeadCommand(LeadId id,
                                 UnaryOperator<ContactDetails> contact,
                                 UnaryOperator<OpportunityDetails> opportunity,
                                 ExpectedVersion expectedVersion) {
    public ConvertLeadCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
