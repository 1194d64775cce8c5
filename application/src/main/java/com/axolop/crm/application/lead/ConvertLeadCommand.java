package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.lead.LeadId;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Converts a lead into a contact, and an opportunity if {@code withOpportunity}. {@code shape} is the
 * client's changes to the drafts built from the lead; it may refuse bad input by throwing. The drafts'
 * references to the lead and the new contact are the conversion's, whatever {@code shape} returns.
 */
public record ConvertLeadCommand(LeadId id,
                                 boolean withOpportunity,
                                 UnaryOperator<ConversionDrafts> shape,
                                 ExpectedVersion expectedVersion) {
    public ConvertLeadCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
