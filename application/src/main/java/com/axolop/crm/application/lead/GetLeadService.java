package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.NotFoundException;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;
import java.util.Objects;

public class GetLeadService implements GetLeadUseCase {
    private final LeadRepository leads;

    public GetLeadService(LeadRepository leads) {
        this.leads = Objects.requireNonNull(leads);
    }

    @Override
    public Lead get(Actor actor, LeadId id) {
        return leads.findById(actor.workspace(), id).orElseThrow(() -> new NotFoundException("Lead not found"));
    }
}
