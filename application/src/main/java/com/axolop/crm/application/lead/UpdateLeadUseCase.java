package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;

public interface UpdateLeadUseCase {
    Lead update(Actor actor, UpdateLeadCommand command);
}
