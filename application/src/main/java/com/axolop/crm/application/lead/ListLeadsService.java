package com.axolop.crm.application.lead;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.domain.lead.Lead;
import java.util.Objects;

public class ListLeadsService implements ListLeadsUseCase {
    private final LeadRepository leads;
    private final LeadCache cache;

    public ListLeadsService(LeadRepository leads, Cache cache) {
        this.leads = Objects.requireNonNull(leads);
        this.cache = new LeadCache(Objects.requireNonNull(cache));
    }

    @Override
    public Page<Lead> list(Actor actor, LeadQuery query) {
        return cache.page(actor.workspace(), query, () -> leads.list(actor.workspace(), query));
    }
}
