package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Cache;
import com.axolop.crm.application.shared.EventOutbox;
import com.axolop.crm.application.shared.NotFoundException;
import com.axolop.crm.application.shared.TransactionRunner;
import com.axolop.crm.domain.lead.Lead;
import java.time.Clock;
import java.util.Objects;

public class UpdateLeadService implements UpdateLeadUseCase {
    private final LeadRepository leads;
    private final EventOutbox outbox;
    private final TransactionRunner transactions;
    private final LeadCache cache;
    private final Clock clock;

    public UpdateLeadService(LeadRepository leads, EventOutbox outbox, TransactionRunner transactions, Cache cache,
                  Clock clock) {
        this.leads = Objects.requireNonNull(leads);
        this.outbox = Objects.requireNonNull(outbox);
        this.transactions = Objects.requireNonNull(transactions);
        this.cache = new LeadCache(Objects.requireNonNull(cache));
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Lead update(Actor actor, UpdateLeadCommand command) {
        actor.requireWriter();
        Lead updated = transactions.inTransaction(() -> {
            Lead current = leads.findByIdForUpdate(actor.workspace(), command.id())
                    .orElseThrow(() -> new NotFoundException("Lead not found"));
            command.expectedVersion().check(current.version());
            if (current.details().equals(command.details())) {
                return current;
            }
            Lead.Change change = current.update(command.details(), clock.instant());
            leads.update(change.lead());
            outbox.append(LeadEvents.toOutbox(change.events()));
            return change.lead();
        });
        cache.invalidate(actor.workspace());
        return updated;
    }
}
