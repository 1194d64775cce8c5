package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.Id;

public interface ConvertLeadUseCase {
    /** The contact and opportunity a conversion of the lead would create; a converted lead is a conflict. */
    ConversionDrafts conversionDrafts(Actor actor, Id<Lead> id);

    /** Creates the contact (and opportunity) and marks the lead CONVERTED, all or nothing. */
    LeadConversion convert(Actor actor, ConvertLeadCommand command);
}
