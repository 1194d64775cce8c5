package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.domain.lead.Lead;
import java.util.Objects;

public class ListLeadsService implements ListLeadsUseCase {
    private final LeadRepository leads;

    public ListLeadsService(LeadRepository leads) {
        this.leads = Objects.requireNonNull(leads);
    }

    @Override
    public Page<Lead> list(Actor actor, LeadQuery query) {
        return leads.list(actor.workspace(), query);
    }
}
