package com.axolop.crm.application.lead;

import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.lead.Lead;
import java.util.Objects;
import java.util.function.Consumer;

public class ExportLeadsService implements ExportLeadsUseCase {
    private final LeadRepository leads;
    private final TransactionRunner transactions;

    public ExportLeadsService(LeadRepository leads, TransactionRunner transactions) {
        this.leads = Objects.requireNonNull(leads);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public long export(Actor actor, ExportLeadsQuery query, Consumer<Lead> sink) {
        // One transaction gives a consistent snapshot and lets the store stream from a cursor.
        return transactions.inTransaction(() -> leads.forEach(actor.workspace(), query.filter(), query.sort(), sink));
    }
}
