package com.axolop.crm.application.lead;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.refusal.NotFoundException;
import java.util.Objects;

public class GetLeadService implements GetLeadUseCase {
    private final LeadRepository leads;
    private final LeadCache cache;

    public GetLeadService(LeadRepository leads, Cache cache) {
        this.leads = Objects.requireNonNull(leads);
        this.cache = new LeadCache(Objects.requireNonNull(cache));
    }

    @Override
    public Lead get(Actor actor, LeadId id) {
        return cache.lead(actor.workspace(), id, () -> leads.findById(actor.workspace(), id))
                .orElseThrow(() -> new NotFoundException("Lead not found"));
    }
}
