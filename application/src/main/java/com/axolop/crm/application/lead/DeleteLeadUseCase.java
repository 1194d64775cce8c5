package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;

public interface DeleteLeadUseCase {
    void delete(Actor actor, DeleteLeadCommand command);
}
