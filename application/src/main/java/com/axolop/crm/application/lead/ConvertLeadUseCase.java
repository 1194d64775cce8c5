package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;

public interface ConvertLeadUseCase {
    /** Creates the contact (and opportunity) and marks the lead CONVERTED, all or nothing. */
    LeadConversion convert(Actor actor, ConvertLeadCommand command);
}
