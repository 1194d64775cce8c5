package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;
import java.util.Objects;

public class CreateLeadService implements CreateLeadUseCase {
    private final LeadWritePorts ports;
    private final LeadCache cache;

    public CreateLeadService(LeadWritePorts ports) {
        this.ports = Objects.requireNonNull(ports);
        this.cache = new LeadCache(ports.cache());
    }

    @Override
    public Lead create(Actor actor, CreateLeadCommand command) {
        actor.requireWriter();
        LeadConversionRule.refuseSettingConverted(command.details());
        Lead.Change created = Lead.create(LeadId.newId(), actor.workspace(), command.details(), actor.user(),
                ports.clock().instant());
        ports.transactions().inTransaction(() -> {
            ports.leads().insert(created.lead());
            ports.outbox().append(LeadEvents.toOutbox(created.events()));
            return null;
        });
        ports.transactions().afterCommit(() -> cache.invalidate(actor.workspace()));
        return created.lead();
    }
}
