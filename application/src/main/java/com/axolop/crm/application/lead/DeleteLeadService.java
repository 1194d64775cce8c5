package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Cache;
import com.axolop.crm.application.shared.EventOutbox;
import com.axolop.crm.application.shared.NotFoundException;
import com.axolop.crm.application.shared.TransactionRunner;
import com.axolop.crm.domain.lead.Lead;
import java.time.Clock;
import java.util.Objects;

public class DeleteLeadService implements DeleteLeadUseCase {
    private final LeadRepository leads;
    private final EventOutbox outbox;
    private final TransactionRunner transactions;
    private final LeadCache cache;
    private final Clock clock;

    public DeleteLeadService(LeadRepository leads, EventOutbox outbox, TransactionRunner transactions, Cache cache,
                  Clock clock) {
        this.leads = Objects.requireNonNull(leads);
        this.outbox = Objects.requireNonNull(outbox);
        this.transactions = Objects.requireNonNull(transactions);
        this.cache = new LeadCache(Objects.requireNonNull(cache));
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void delete(Actor actor, DeleteLeadCommand command) {
        actor.requireWriter();
        transactions.inTransaction(() -> {
            Lead current = leads.findByIdForUpdate(actor.workspace(), command.id())
                    .orElseThrow(() -> new NotFoundException("Lead not found"));
            command.expectedVersion().check(current.version());
            Lead.Change deleted = current.delete(clock.instant());
            leads.delete(current);
            outbox.append(LeadEvents.toOutbox(deleted.events()));
            return null;
        });
        cache.invalidate(actor.workspace());
    }
}
