package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;

public interface GetLeadUseCase {
    Lead get(Actor actor, LeadId id);
}
