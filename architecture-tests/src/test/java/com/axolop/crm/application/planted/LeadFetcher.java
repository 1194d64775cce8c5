package com.axolop.crm.application.planted;

import com.axolop.crm.application.lead.GetLeadUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;

/** Planted violation: a use case implemented by a class not named *Service. */
public class LeadFetcher implements GetLeadUseCase {
    @Override
    public Lead get(Actor actor, LeadId id) {
        throw new UnsupportedOperationException();
    }
}
