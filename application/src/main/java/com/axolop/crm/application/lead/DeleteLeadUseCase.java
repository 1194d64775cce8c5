package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;

public interface DeleteLeadUseCase {
    void delete(Actor actor, DeleteLeadCommand command);
}
