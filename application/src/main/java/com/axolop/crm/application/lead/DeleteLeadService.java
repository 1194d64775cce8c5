package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.refusal.NotFoundException;
import java.util.Objects;

public class DeleteLeadService implements DeleteLeadUseCase {
    private final LeadWritePorts ports;
    private final LeadCache cache;

    public DeleteLeadService(LeadWritePorts ports) {
        this.ports = Objects.requireNonNull(ports);
        this.cache = new LeadCache(ports.cache());
    }

    @Override
    public void delete(Actor actor, DeleteLeadCommand command) {
        actor.requireWriter();
        ports.transactions().inTransaction(() -> {
            Lead current = ports.leads().findByIdForUpdate(actor.workspace(), command.id())
                    .orElseThrow(() -> new NotFoundException("Lead not found"));
            command.expectedVersion().check(current.version());
            Lead.Change deleted = current.delete(ports.clock().instant());
            ports.leads().delete(current);
            ports.outbox().append(LeadEvents.toOutbox(deleted.events()));
            return null;
        });
        ports.transactions().afterCommit(() -> cache.invalidate(actor.workspace()));
    }
}
