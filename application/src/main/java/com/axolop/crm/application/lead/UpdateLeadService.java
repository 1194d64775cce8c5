package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.refusal.NotFoundException;
import java.util.Objects;

public class UpdateLeadService implements UpdateLeadUseCase {
    private final LeadWritePorts ports;
    private final LeadCache cache;

    public UpdateLeadService(LeadWritePorts ports) {
        this.ports = Objects.requireNonNull(ports);
        this.cache = new LeadCache(ports.cache());
    }

    @Override
    public Lead update(Actor actor, UpdateLeadCommand command) {
        actor.requireWriter();
        Lead updated = ports.transactions().inTransaction(() -> {
            Lead current = ports.leads().findByIdForUpdate(actor.workspace(), command.id())
                    .orElseThrow(() -> new NotFoundException("Lead not found"));
            command.expectedVersion().check(current.version());
            LeadConversionRule.checkStatusChange(current.details(), command.details());
            if (current.details().equals(command.details())) {
                return current;
            }
            Lead.Change change = current.update(command.details(), ports.clock().instant());
            ports.leads().update(change.lead());
            ports.outbox().append(LeadEvents.toOutbox(change.events()));
            return change.lead();
        });
        ports.transactions().afterCommit(() -> cache.invalidate(actor.workspace()));
        return updated;
    }
}
