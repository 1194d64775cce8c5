package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Cache;
import com.axolop.crm.application.shared.EventOutbox;
import com.axolop.crm.application.shared.TransactionRunner;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;
import java.time.Clock;
import java.util.Objects;

public class CreateLeadService implements CreateLeadUseCase {
    private final LeadRepository leads;
    private final EventOutbox outbox;
    private final TransactionRunner transactions;
    private final LeadCache cache;
    private final Clock clock;

    public CreateLeadService(LeadRepository leads, EventOutbox outbox, TransactionRunner transactions, Cache cache,
                  Clock clock) {
        this.leads = Objects.requireNonNull(leads);
        this.outbox = Objects.requireNonNull(outbox);
        this.transactions = Objects.requireNonNull(transactions);
        this.cache = new LeadCache(Objects.requireNonNull(cache));
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Lead create(Actor actor, CreateLeadCommand command) {
        actor.requireWriter();
        Lead.Change created = Lead.create(LeadId.newId(), actor.workspace(), command.details(), actor.user(),
                clock.instant());
        transactions.inTransaction(() -> {
            leads.insert(created.lead());
            outbox.append(LeadEvents.toOutbox(created.events()));
            return null;
        });
        cache.invalidate(actor.workspace());
        return created.lead();
    }
}
