package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.activity.PostgresActivityRepository;
import com.axolop.crm.adapter.postgres.calendar.PostgresCalendarEventRepository;
import com.axolop.crm.adapter.postgres.contact.PostgresContactRepository;
import com.axolop.crm.adapter.postgres.form.PostgresFormRepository;
import com.axolop.crm.adapter.postgres.form.PostgresFormSubmissions;
import com.axolop.crm.adapter.postgres.idempotency.PostgresIdempotencyKeys;
import com.axolop.crm.adapter.postgres.opportunity.PostgresOpportunityRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresExistingRecords;
import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.search.PostgresSearchIndex;
import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.PostgresEventOutbox;
import com.axolop.crm.adapter.postgres.shared.PostgresProcessedEvents;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.rest.lead.LeadUseCases;
import com.axolop.crm.application.activity.ActivityRepository;
import com.axolop.crm.application.activity.ActivityTimeline;
import com.axolop.crm.application.calendar.CalendarEventService;
import com.axolop.crm.application.calendar.ManageCalendarEventsUseCase;
import com.axolop.crm.application.contact.ContactSearch;
import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.contact.ManageContactsUseCase;
import com.axolop.crm.application.event.DispatchEventService;
import com.axolop.crm.application.form.FormRepository;
import com.axolop.crm.application.form.FormService;
import com.axolop.crm.application.form.ManageFormsUseCase;
import com.axolop.crm.application.form.SubmitFormService;
import com.axolop.crm.application.form.SubmitFormUseCase;
import com.axolop.crm.application.lead.BatchLeadsService;
import com.axolop.crm.application.event.DispatchEventUseCase;
import com.axolop.crm.application.idempotency.RunOnceService;
import com.axolop.crm.application.idempotency.RunOnceUseCase;
import com.axolop.crm.application.lead.ConvertLeadService;
import com.axolop.crm.application.lead.CreateLeadService;
import com.axolop.crm.application.lead.DeleteLeadService;
import com.axolop.crm.application.lead.ExportLeadsService;
import com.axolop.crm.application.lead.GetLeadService;
import com.axolop.crm.application.lead.LeadRepository;
import com.axolop.crm.application.lead.LeadSearch;
import com.axolop.crm.application.lead.LeadWritePorts;
import com.axolop.crm.application.lead.ListLeadsService;
import com.axolop.crm.application.lead.UpdateLeadService;
import com.axolop.crm.application.opportunity.ManageOpportunitiesUseCase;
import com.axolop.crm.application.opportunity.OpportunitySearch;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.shared.Cache;
import com.axolop.crm.application.shared.EventOutbox;
import com.axolop.crm.application.shared.RecordWritePorts;
import com.axolop.crm.application.search.SearchService;
import com.axolop.crm.application.search.SearchUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Hand wiring: adapters into services, services into the use cases the REST adapter needs. Every
 * PostgreSQL adapter shares the one transaction runner, so whatever a use case writes through any of them
 * joins its transaction.
 */
final class Wiring {
    private final PostgresTransactionRunner transactions;
    private final ActivityRepository activities;
    private final EventOutbox outbox;
    private final FormRepository forms;

    Wiring(PostgresDatabase database) {
        this.transactions = new PostgresTransactionRunner(database.dataSource());
        this.activities = new PostgresActivityRepository(transactions);
        this.outbox = new PostgresEventOutbox(transactions);
        this.forms = new PostgresFormRepository(transactions);
    }

    private RecordWritePorts recordWrites(Clock clock) {
        return new RecordWritePorts(outbox, transactions, new PostgresExistingRecords(transactions), clock);
    }

    ManageFormsUseCase forms(Clock clock) {
        return new FormService(forms, new PostgresFormSubmissions(transactions), recordWrites(clock));
    }

    SubmitFormUseCase submitForm(Cache cache, Clock clock) {
        return new SubmitFormService(forms, new PostgresFormSubmissions(transactions),
                new LeadWritePorts(new PostgresLeadRepository(transactions), outbox, transactions, cache, clock));
    }

    ManageContactsUseCase contacts(Clock clock) {
        return new ContactService(new PostgresContactRepository(transactions), recordWrites(clock));
    }

    RunOnceUseCase runOnce(Clock clock, Duration timeToLive) {
        return new RunOnceService(new PostgresIdempotencyKeys(transactions), transactions, clock, timeToLive);
    }

    ManageCalendarEventsUseCase calendarEvents(Clock clock) {
        return new CalendarEventService(new PostgresCalendarEventRepository(transactions), recordWrites(clock));
    }

    ManageOpportunitiesUseCase opportunities(Clock clock) {
        return new OpportunityService(new PostgresOpportunityRepository(transactions), recordWrites(clock));
    }

    /** The search covers every type whose table has the search columns; each loads its hits itself. */
    SearchUseCase search() {
        return new SearchService(new PostgresSearchIndex(transactions, Set.of("leads", "contacts", "opportunities")),
                List.of(LeadSearch.source(new PostgresLeadRepository(transactions)),
                        ContactSearch.source(new PostgresContactRepository(transactions)),
                        OpportunitySearch.source(new PostgresOpportunityRepository(transactions))));
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
        var writes = new LeadWritePorts(repository, outbox, transactions, cache, clock);
        return new LeadUseCases(
                new CreateLeadService(writes),
                new GetLeadService(repository, cache),
                new ListLeadsService(repository, cache),
                new UpdateLeadService(writes),
                new DeleteLeadService(writes),
                new ExportLeadsService(repository, transactions),
                new BatchLeadsService(writes),
                new ConvertLeadService(writes, contacts(clock), opportunities(clock)));
    }
}
