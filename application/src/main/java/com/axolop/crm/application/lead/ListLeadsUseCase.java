package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.domain.lead.Lead;

public interface ListLeadsUseCase {
    Page<Lead> list(Actor actor, LeadQuery query);
}
