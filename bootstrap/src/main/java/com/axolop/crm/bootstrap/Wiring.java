package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.mail.FreemarkerTemplates;
import com.axolop.crm.adapter.mail.SmtpMailer;
import com.axolop.crm.adapter.postgres.activity.PostgresActivityRepository;
import com.axolop.crm.adapter.postgres.analytics.PostgresAnalyticsQueries;
import com.axolop.crm.adapter.postgres.analytics.PostgresLeadStatusHistory;
import com.axolop.crm.adapter.postgres.apikey.PostgresApiKeys;
import com.axolop.crm.adapter.postgres.calendar.PostgresCalendarEventRepository;
import com.axolop.crm.adapter.postgres.campaign.PostgresCampaignRecipients;
import com.axolop.crm.adapter.postgres.campaign.PostgresCampaignRepository;
import com.axolop.crm.adapter.postgres.contact.PostgresContactRepository;
import com.axolop.crm.adapter.postgres.email.PostgresEmailTemplateRepository;
import com.axolop.crm.adapter.postgres.event.PostgresProcessedEvents;
import com.axolop.crm.adapter.postgres.exporting.PostgresExportPackages;
import com.axolop.crm.adapter.postgres.file.PostgresFileStore;
import com.axolop.crm.adapter.postgres.form.PostgresFormRepository;
import com.axolop.crm.adapter.postgres.form.PostgresFormSubmissions;
import com.axolop.crm.adapter.postgres.idempotency.PostgresIdempotencyKeys;
import com.axolop.crm.adapter.postgres.importing.PostgresImports;
import com.axolop.crm.adapter.postgres.integration.PostgresIntegrationRepository;
import com.axolop.crm.adapter.postgres.job.PostgresJobQueue;
import com.axolop.crm.adapter.postgres.job.PostgresJobStore;
import com.axolop.crm.adapter.postgres.job.PostgresQueueAdministration;
import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.opportunity.PostgresOpportunityRepository;
import com.axolop.crm.adapter.postgres.outbox.PostgresEventOutbox;
import com.axolop.crm.adapter.postgres.search.PostgresSearchIndex;
import com.axolop.crm.adapter.postgres.secret.PostgresStoredSecrets;
import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.PostgresExistingRecords;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.webhook.PostgresWebhookDeliveries;
import com.axolop.crm.adapter.postgres.webhook.PostgresWebhookRepository;
import com.axolop.crm.adapter.postgres.workflow.PostgresWorkflowCauses;
import com.axolop.crm.adapter.postgres.workflow.PostgresWorkflowExecutions;
import com.axolop.crm.adapter.postgres.workflow.PostgresWorkflowRepository;
import com.axolop.crm.adapter.rest.contact.ContactHttpService;
import com.axolop.crm.adapter.rest.exporting.PackageEntities;
import com.axolop.crm.adapter.rest.exporting.ZipPackageWriter;
import com.axolop.crm.adapter.rest.lead.LeadHttpService;
import com.axolop.crm.adapter.webhook.HelidonWebhookSender;
import com.axolop.crm.adapter.webhook.HostResolver;
import com.axolop.crm.adapter.webhook.WebhookTargetPolicy;
import com.axolop.crm.application.activity.ActivityRepository;
import com.axolop.crm.application.activity.ActivityTimeline;
import com.axolop.crm.application.analytics.AnalyticsCache;
import com.axolop.crm.application.analytics.AnalyticsProjection;
import com.axolop.crm.application.analytics.ReportAnalyticsService;
import com.axolop.crm.application.analytics.ReportAnalyticsUseCase;
import com.axolop.crm.application.apikey.ApiKeyService;
import com.axolop.crm.application.calendar.CalendarEventService;
import com.axolop.crm.application.calendar.ManageCalendarEventsUseCase;
import com.axolop.crm.application.campaign.CampaignDelivery;
import com.axolop.crm.application.campaign.CampaignService;
import com.axolop.crm.application.campaign.CampaignTrackingService;
import com.axolop.crm.application.campaign.ManageCampaignsUseCase;
import com.axolop.crm.application.campaign.TrackCampaignMailUseCase;
import com.axolop.crm.application.contact.ContactSearch;
import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.contact.ManageContactsUseCase;
import com.axolop.crm.application.email.EmailDelivery;
import com.axolop.crm.application.email.EmailTemplateService;
import com.axolop.crm.application.email.ManageEmailTemplatesUseCase;
import com.axolop.crm.application.email.TemplateSources;
import com.axolop.crm.application.email.TransactionalEmails;
import com.axolop.crm.application.event.DispatchEventService;
import com.axolop.crm.application.event.DispatchEventUseCase;
import com.axolop.crm.application.exporting.ExportService;
import com.axolop.crm.application.exporting.RunExport;
import com.axolop.crm.application.form.FormService;
import com.axolop.crm.application.form.ManageFormsUseCase;
import com.axolop.crm.application.form.SubmitFormService;
import com.axolop.crm.application.form.SubmitFormUseCase;
import com.axolop.crm.application.idempotency.RunOnceService;
import com.axolop.crm.application.idempotency.RunOnceUseCase;
import com.axolop.crm.application.importing.ImportService;
import com.axolop.crm.application.importing.ImportTarget;
import com.axolop.crm.application.importing.ManageImportsUseCase;
import com.axolop.crm.application.importing.RunImport;
import com.axolop.crm.application.integration.IntegrationService;
import com.axolop.crm.application.integration.ManageIntegrationsUseCase;
import com.axolop.crm.application.job.JobHandlers;
import com.axolop.crm.application.job.ManageQueuesService;
import com.axolop.crm.application.job.ManageQueuesUseCase;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.lead.LeadSearch;
import com.axolop.crm.application.lead.LeadService;
import com.axolop.crm.application.me.DescribeMeService;
import com.axolop.crm.application.me.DescribeMeUseCase;
import com.axolop.crm.application.opportunity.ManageOpportunitiesUseCase;
import com.axolop.crm.application.opportunity.OpportunitySearch;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.search.SearchService;
import com.axolop.crm.application.search.SearchUseCase;
import com.axolop.crm.application.secret.SecretCipher;
import com.axolop.crm.application.secret.SecretReencryption;
import com.axolop.crm.application.webhook.ManageWebhookDeliveriesUseCase;
import com.axolop.crm.application.webhook.ManageWebhooksUseCase;
import com.axolop.crm.application.webhook.WebhookDeliveryJob;
import com.axolop.crm.application.webhook.WebhookDeliveryService;
import com.axolop.crm.application.webhook.WebhookFanOut;
import com.axolop.crm.application.webhook.WebhookService;
import com.axolop.crm.application.workflow.CausalOutbox;
import com.axolop.crm.application.workflow.ExecuteWorkflowService;
import com.axolop.crm.application.workflow.ExecuteWorkflowUseCase;
import com.axolop.crm.application.workflow.ManageWorkflowsUseCase;
import com.axolop.crm.application.workflow.RecordSteps;
import com.axolop.crm.application.workflow.WorkflowEngine;
import com.axolop.crm.application.workflow.WorkflowService;
import com.axolop.crm.application.workflow.WorkflowTriggers;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.webhook.RetrySchedule;
import io.helidon.metrics.api.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Hand wiring: adapters into services, services into the use cases the REST adapter needs; each adapter and
 * service is built once. Every PostgreSQL adapter shares the one transaction runner, so whatever a use case
 * writes through any of them joins its transaction.
 */
final class Wiring {
    private final PostgresTransactionRunner transactions;
    private final Clock clock;
    private final ActivityRepository activities;
    private final PostgresLeadRepository leads;
    private final PostgresContactRepository contacts;
    private final PostgresOpportunityRepository opportunities;
    private final ContactService contactService;
    private final OpportunityService opportunityService;
    private final LeadService leadService;
    private final CalendarEventService calendarEventService;
    private final FormService formService;
    private final SubmitFormService submitFormService;
    private final JobHandlers jobHandlers = new JobHandlers();
    private final WorkflowService workflowService;
    private final ExecuteWorkflowService workflowRuns;
    private final WorkflowTriggers workflowTriggers;
    private final WorkflowEngine workflowEngine;
    private final PostgresApiKeys apiKeyStore;
    private final ApiKeyService apiKeys;
    private final AnalyticsCache analyticsCache;
    private final EmailTemplateService emailTemplateService;
    private final ImportService importService;
    private final WebhookService webhookService;
    private final WebhookFanOut webhookFanOut;
    private final WebhookDeliveryService webhookDeliveries;
    private final IntegrationService integrationService;
    private final SecretReencryption reencryption;
    private final CampaignService campaignService;
    private final CampaignTrackingService campaignTracking;

    Wiring(PostgresDatabase database, Cache cache, Clock clock, AppConfig.Mail mail, SecretCipher cipher,
           AppConfig.Webhooks webhooks) {
        this.transactions = new PostgresTransactionRunner(database.dataSource());
        this.clock = clock;
        this.activities = new PostgresActivityRepository(transactions);
        this.leads = new PostgresLeadRepository(transactions);
        this.contacts = new PostgresContactRepository(transactions);
        this.opportunities = new PostgresOpportunityRepository(transactions);
        var forms = new PostgresFormRepository(transactions);
        var submissions = new PostgresFormSubmissions(transactions);
        var outbox = new CausalOutbox(new PostgresEventOutbox(transactions));
        var references = new PostgresExistingRecords(transactions);
        var writes = new RecordWritePorts(outbox, transactions, references, clock);
        this.contactService = new ContactService(contacts, writes);
        this.opportunityService = new OpportunityService(opportunities, writes);
        this.leadService = new LeadService(leads, writes, cache, contactService, opportunityService);
        this.calendarEventService = new CalendarEventService(new PostgresCalendarEventRepository(transactions), writes);
        this.formService = new FormService(forms, submissions, writes);
        this.submitFormService = new SubmitFormService(forms, submissions, leads, leadService, writes);
        var policy = new WebhookTargetPolicy(new WebhookTargetPolicy.Settings(webhooks.allowPrivateNetworks(),
                webhooks.allowHttp(), webhooks.extraPorts(), webhooks.anyPort()), HostResolver.SYSTEM);
        var webhookSender = new HelidonWebhookSender(policy, HelidonWebhookSender.TIMEOUT);
        var workflows = new PostgresWorkflowRepository(transactions, cipher);
        this.workflowService = new WorkflowService(workflows, writes, cache, policy);
        var executions = new PostgresWorkflowExecutions(transactions);
        var causes = new PostgresWorkflowCauses(transactions);
        var jobQueue = new PostgresJobQueue(transactions);
        var engine = new WorkflowEngine(transactions, executions, causes, workflows, jobQueue,
                outbox, new RecordSteps(leadService, leads, contactService, contacts, opportunityService,
                opportunities), clock, new TransactionalEmails(jobQueue,
                new TemplateSources(new PostgresEmailTemplateRepository(transactions))), webhookSender);
        jobHandlers.register(QueueName.WORKFLOW, WorkflowEngine.STEP_JOB, engine);
        this.workflowEngine = engine;
        this.workflowRuns = new ExecuteWorkflowService(workflows, executions, engine, references, transactions, clock);
        this.workflowTriggers = new WorkflowTriggers(workflows, causes, engine, clock);
        this.apiKeyStore = new PostgresApiKeys(transactions);
        this.apiKeys = new ApiKeyService(apiKeyStore, transactions, clock);
        this.analyticsCache = new AnalyticsCache(cache);
        var templates = new FreemarkerTemplates();
        this.emailTemplateService = new EmailTemplateService(new PostgresEmailTemplateRepository(transactions),
                templates, writes);
        var mailer = new SmtpMailer(mail.smtp());
        jobHandlers.register(QueueName.EMAIL, EmailDelivery.SEND_JOB, new EmailDelivery(templates,
                mailer, transactions, outbox, clock, new TemplateSources(new PostgresEmailTemplateRepository(
                transactions))));
        var campaignRecipients = new PostgresCampaignRecipients(transactions, leads, contacts);
        this.campaignService = new CampaignService(new PostgresCampaignRepository(transactions),
                new PostgresEmailTemplateRepository(transactions), campaignRecipients, jobQueue, writes);
        var campaignDelivery = new CampaignDelivery(campaignService, campaignRecipients, templates, mailer,
                transactions, outbox, clock, mail.publicBaseUrl());
        jobHandlers.register(QueueName.EMAIL, CampaignService.START_JOB, campaignDelivery);
        jobHandlers.register(QueueName.EMAIL, CampaignService.EMAIL_JOB, campaignDelivery);
        this.campaignTracking = new CampaignTrackingService(campaignRecipients, transactions, outbox, clock);
        this.importService = importService();
        var subscriptions = new PostgresWebhookRepository(transactions, cipher);
        this.webhookService = new WebhookService(subscriptions, writes, policy);
        var deliveries = new PostgresWebhookDeliveries(transactions);
        var deliveryJob = new WebhookDeliveryJob(subscriptions, deliveries, webhookService,
                webhookSender, jobQueue, transactions,
                new RetrySchedule(webhooks.retrySchedule(), Math::random), clock);
        jobHandlers.register(QueueName.WEBHOOK, WebhookDeliveryJob.TYPE, deliveryJob);
        this.webhookFanOut = new WebhookFanOut(subscriptions, deliveries, jobQueue, clock);
        this.webhookDeliveries = new WebhookDeliveryService(subscriptions, deliveries, deliveryJob, jobQueue,
                transactions, clock, webhooks.deliveryRetention());
        this.integrationService = new IntegrationService(new PostgresIntegrationRepository(transactions, cipher),
                writes);
        this.reencryption = new SecretReencryption(new PostgresStoredSecrets(transactions, cipher));
    }

    /** Imports of leads and contacts, through their services' batch writes, run on the import queue. */
    private ImportService importService() {
        var imports = new PostgresImports(transactions);
        var files = new PostgresFileStore(transactions);
        var run = new RunImport(imports, files, transactions, clock, List.of(
                new ImportTarget<>("leads", LeadHttpService.IMPORT, leadService::importBatch, LeadDetails::email,
                        leads::findByEmails),
                new ImportTarget<>("contacts", ContactHttpService.IMPORT, contactService::importBatch,
                        ContactDetails::email, contacts::findByEmails)));
        jobHandlers.register(QueueName.IMPORT, ImportService.JOB, run);
        return new ImportService(imports, files, new PostgresJobQueue(transactions), transactions, clock,
                run.recordTypes());
    }

    ManageImportsUseCase imports() {
        return importService;
    }

    /** Moves secrets sealed under a retired key (ENCRYPTION_KEYS_PREVIOUS) to ENCRYPTION_KEY. */
    void reencryptSecrets() {
        reencryption.run();
    }

    ManageIntegrationsUseCase integrations() {
        return integrationService;
    }

    ManageWebhooksUseCase webhooks() {
        return webhookService;
    }

    ManageWebhookDeliveriesUseCase webhookDeliveries() {
        return webhookDeliveries;
    }

    /** Export packages, written by the REST adapter's package writer on the export queue; call once, before jobs start. */
    ExportService exports(Duration retention) {
        var exports = new PostgresExportPackages(transactions);
        var files = new PostgresFileStore(transactions);
        var writer = new ZipPackageWriter(new PackageEntities(leadService, contactService, opportunityService,
                calendarEventService, formService));
        jobHandlers.register(QueueName.EXPORT, ExportService.JOB, new RunExport(exports, files, writer, clock));
        return new ExportService(exports, files, new PostgresJobQueue(transactions), transactions, clock, retention);
    }

    /** Leads: their records, batches and conversion are one service. */
    LeadService leads() {
        return leadService;
    }

    ManageContactsUseCase contacts() {
        return contactService;
    }

    ManageOpportunitiesUseCase opportunities() {
        return opportunityService;
    }

    ManageCalendarEventsUseCase calendarEvents() {
        return calendarEventService;
    }

    ManageFormsUseCase forms() {
        return formService;
    }

    SubmitFormUseCase submitForm() {
        return submitFormService;
    }

    ManageWorkflowsUseCase workflows() {
        return workflowService;
    }

    /** The search covers every type whose table has the search columns; each loads its hits itself. */
    SearchUseCase search() {
        return new SearchService(new PostgresSearchIndex(transactions, Set.of("leads", "contacts", "opportunities")),
                List.of(LeadSearch.source(leads), ContactSearch.source(contacts),
                        OpportunitySearch.source(opportunities)));
    }

    ExecuteWorkflowUseCase workflowRuns() {
        return workflowRuns;
    }

    /** Fails the executions whose next step was lost, so the ones behind them can run. */
    void sweepWorkflows() {
        workflowEngine.sweep();
    }

    /** Deletes the webhook deliveries older than their retention. */
    void pruneWebhookDeliveries() {
        webhookDeliveries.pruneExpired();
    }

    ManageQueuesUseCase queues() {
        return new ManageQueuesService(new PostgresQueueAdministration(transactions), clock);
    }

    /** Starts the job workers with every handler the services registered. */
    JobWorkers jobWorkers(DataSource dataSource, AppConfig.Jobs config, int webhookConcurrency, MeterRegistry meters) {
        return JobWorkers.start(new PostgresJobStore(transactions, dataSource, meters), jobHandlers, config,
                webhookConcurrency, clock);
    }

    RunOnceUseCase runOnce(Duration timeToLive) {
        return new RunOnceService(new PostgresIdempotencyKeys(transactions), transactions, clock, timeToLive);
    }

    DispatchEventUseCase eventDispatch() {
        return new DispatchEventService(List.of(new ActivityTimeline(activities), workflowTriggers, webhookFanOut,
                        new AnalyticsProjection(new PostgresLeadStatusHistory(transactions), analyticsCache, transactions)),
                new PostgresProcessedEvents(transactions), transactions);
    }

    ManageEmailTemplatesUseCase emailTemplates() {
        return emailTemplateService;
    }

    ManageCampaignsUseCase campaigns() {
        return campaignService;
    }

    TrackCampaignMailUseCase campaignTracking() {
        return campaignTracking;
    }

    ActivityRepository activities() {
        return activities;
    }

    /** Managing keys and authenticating with them: one service, so a revocation here is refused here at once. */
    ApiKeyService apiKeys() {
        return apiKeys;
    }

    DescribeMeUseCase me(Cache cache) {
        return new DescribeMeService(cache, apiKeyStore);
    }

    ReportAnalyticsUseCase analytics() {
        return new ReportAnalyticsService(new PostgresAnalyticsQueries(transactions), analyticsCache);
    }
}
