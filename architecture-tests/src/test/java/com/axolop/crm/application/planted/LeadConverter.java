package com.axolop.crm.application.planted;

import com.axolop.crm.application.lead.ConversionDrafts;
import com.axolop.crm.application.lead.ConvertLeadCommand;
import com.axolop.crm.application.lead.ConvertLeadUseCase;
import com.axolop.crm.application.lead.LeadConversion;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.Id;

/** Planted violation: a use case implemented by a class not named *Service. */
public class LeadConverter implements ConvertLeadUseCase {
    @Override
    public ConversionDrafts conversionDrafts(Actor actor, Id<Lead> id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LeadConversion convert(Actor actor, ConvertLeadCommand command) {
        throw new UnsupportedOperationException();
    }
}
