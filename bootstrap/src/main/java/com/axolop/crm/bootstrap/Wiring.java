package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.activity.PostgresActivityRepository;
import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.PostgresEventOutbox;
import com.axolop.crm.adapter.postgres.shared.PostgresProcessedEvents;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.rest.lead.LeadUseCases;
import com.axolop.crm.application.activity.ActivityRepository;
import com.axolop.crm.application.activity.ActivityTimeline;
import com.axolop.crm.application.event.DispatchEventService;
import com.axolop.crm.application.event.DispatchEventUseCase;
import com.axolop.crm.application.lead.CreateLeadService;
import com.axolop.crm.application.lead.DeleteLeadService;
import com.axolop.crm.application.lead.ExportLeadsService;
import com.axolop.crm.application.lead.GetLeadService;
import com.axolop.crm.application.lead.LeadRepository;
import com.axolop.crm.application.lead.LeadWritePorts;
import com.axolop.crm.application.lead.ListLeadsService;
import com.axolop.crm.application.lead.UpdateLeadService;
import com.axolop.crm.application.shared.Cache;
import com.axolop.crm.application.shared.EventOutbox;
import java.time.Clock;
import java.util.List;

/**
 * Hand wiring: adapters into services, services into the use cases the REST adapter needs. Every
 * PostgreSQL adapter shares the one transaction runner, so whatever a use case writes through any of them
 * joins its transaction.
 */
final class Wiring {
    private final PostgresTransactionRunner transactions;
    private final ActivityRepository activities;

    Wiring(PostgresDatabase database) {
        this.transactions = new PostgresTransactionRunner(database.dataSource());
        this.activities = new PostgresActivityRepository(transactions);
    }

    DispatchEventUseCase eventDispatch() {
        return new DispatchEventService(List.of(new ActivityTimeline(activities)),
                new PostgresProcessedEvents(transactions), transactions);
    }

    ActivityRepository activities() {
        return activities;
    }

    LeadUseCases leads(Cache cache, Clock clock) {
        LeadRepository repository = new PostgresLeadRepository(transactions);
        EventOutbox outbox = new PostgresEventOutbox(transactions);
        var writes = new LeadWritePorts(repository, outbox, transactions, cache, clock);
        return new LeadUseCases(
                new CreateLeadService(writes),
                new GetLeadService(repository, cache),
                new ListLeadsService(repository, cache),
                new UpdateLeadService(writes),
                new DeleteLeadService(writes),
                new ExportLeadsService(repository, transactions));
    }
}
