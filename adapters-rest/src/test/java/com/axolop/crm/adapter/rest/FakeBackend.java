package com.axolop.crm.adapter.rest;

import com.axolop.crm.adapter.rest.auth.JwtAuthenticator;
import com.axolop.crm.adapter.rest.auth.TokenIssuer;
import com.axolop.crm.adapter.rest.ratelimit.RateLimits;
import com.axolop.crm.adapter.rest.system.ApiInfo;
import com.axolop.crm.application.activity.InMemoryActivityRepository;
import com.axolop.crm.application.activity.ListActivitiesService;
import com.axolop.crm.application.adapterport.InMemoryRateLimiter;
import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.analytics.AnalyticsCache;
import com.axolop.crm.application.analytics.FixedAnalyticsQueries;
import com.axolop.crm.application.analytics.ReportAnalyticsService;
import com.axolop.crm.application.apikey.ApiKeyService;
import com.axolop.crm.application.apikey.InMemoryApiKeys;
import com.axolop.crm.application.cache.ClearCacheService;
import com.axolop.crm.application.calendar.CalendarEventService;
import com.axolop.crm.application.calendar.InMemoryCalendarEventRepository;
import com.axolop.crm.application.campaign.CampaignService;
import com.axolop.crm.application.campaign.CampaignTrackingService;
import com.axolop.crm.application.campaign.InMemoryCampaignRecipients;
import com.axolop.crm.application.campaign.InMemoryCampaignRepository;
import com.axolop.crm.application.contact.ContactFilter;
import com.axolop.crm.application.contact.ContactSearch;
import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.contact.InMemoryContactRepository;
import com.axolop.crm.application.email.EmailTemplateService;
import com.axolop.crm.application.email.FakeEmailTemplates;
import com.axolop.crm.application.email.InMemoryEmailTemplateRepository;
import com.axolop.crm.application.email.TemplateSources;
import com.axolop.crm.application.email.TransactionalEmails;
import com.axolop.crm.application.exporting.ExportService;
import com.axolop.crm.application.exporting.InMemoryExportPackages;
import com.axolop.crm.application.form.FormService;
import com.axolop.crm.application.form.InMemoryFormRepository;
import com.axolop.crm.application.form.InMemoryFormSubmissions;
import com.axolop.crm.application.form.SubmitFormService;
import com.axolop.crm.application.idempotency.InMemoryIdempotencyKeys;
import com.axolop.crm.application.idempotency.RunOnceService;
import com.axolop.crm.application.importing.ImportService;
import com.axolop.crm.application.importing.InMemoryImports;
import com.axolop.crm.application.integration.InMemoryIntegrationRepository;
import com.axolop.crm.application.integration.IntegrationService;
import com.axolop.crm.application.job.InMemoryJobQueue;
import com.axolop.crm.application.job.InMemoryQueueAdministration;
import com.axolop.crm.application.job.ManageQueuesService;
import com.axolop.crm.application.lead.InMemoryLeadRepository;
import com.axolop.crm.application.lead.LeadFilter;
import com.axolop.crm.application.lead.LeadSearch;
import com.axolop.crm.application.lead.LeadService;
import com.axolop.crm.application.me.DescribeMeService;
import com.axolop.crm.application.opportunity.InMemoryOpportunityRepository;
import com.axolop.crm.application.opportunity.OpportunityFilter;
import com.axolop.crm.application.opportunity.OpportunitySearch;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryCache;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.port.InMemoryFileStore;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.search.InMemorySearchIndex;
import com.axolop.crm.application.search.SearchService;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.webhook.InMemoryWebhookDeliveries;
import com.axolop.crm.application.webhook.InMemoryWebhookRepository;
import com.axolop.crm.application.webhook.WebhookDeliveryJob;
import com.axolop.crm.application.webhook.WebhookDeliveryService;
import com.axolop.crm.application.webhook.WebhookSender;
import com.axolop.crm.application.webhook.WebhookService;
import com.axolop.crm.application.webhook.WebhookTargets;
import com.axolop.crm.application.workflow.CausalOutbox;
import com.axolop.crm.application.workflow.ExecuteWorkflowService;
import com.axolop.crm.application.workflow.InMemoryWorkflowCauses;
import com.axolop.crm.application.workflow.InMemoryWorkflowExecutions;
import com.axolop.crm.application.workflow.InMemoryWorkflowRepository;
import com.axolop.crm.application.workflow.RecordSteps;
import com.axolop.crm.application.workflow.WorkflowEngine;
import com.axolop.crm.application.workflow.WorkflowService;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.RetrySchedule;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.http.HttpRouting;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The whole API as production wires it (bootstrap's Wiring and Application), with the real application services
 * over the application module's in-memory fakes instead of PostgreSQL, Redis and Kafka; one clock for all.
 */
public final class FakeBackend {
    public static final byte[] JWT_SECRET = "routing-test-secret-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8);
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** Out of reach: only tests of the limits set limits of their own. */
    public static final long IMPORT_MAX_BYTES = 64 * 1024;
    public static final RateLimits NO_LIMITS = limits(1_000_000, 1_000_000);

    /** Fake targets: a URL on a host named internal.test is refused as an internal address would be. */
    private static final WebhookTargets TARGETS = url -> {
        if (url.contains("internal.test")) {
            throw new IllegalArgumentException("resolves to an internal address (10.0.0.1)");
        }
    };

    /** Every call "answers" 200 at once: the HTTP side is adapters-webhooks', tested against a real receiver. */
    private static final WebhookSender DELIVERED = (url, id, at, body, secrets) ->
            new DeliveryAttempt(at, 200, 1, "ok", null, null);

    private static FakeBackend shared;

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryLeadRepository leads = new InMemoryLeadRepository();
    public final InMemoryContactRepository contacts = new InMemoryContactRepository();
    public final InMemoryOpportunityRepository opportunities = new InMemoryOpportunityRepository();
    public final InMemoryCalendarEventRepository calendarEvents = new InMemoryCalendarEventRepository();
    public final InMemoryFormRepository forms = new InMemoryFormRepository();
    public final InMemoryFormSubmissions submissions = new InMemoryFormSubmissions();
    public final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    public final InMemoryWebhookRepository webhooks = new InMemoryWebhookRepository();
    public final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    public final InMemoryCache cache = new InMemoryCache();
    public final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    public final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter(clock);
    public final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
    public final ApiKeyService apiKeyService = new ApiKeyService(apiKeys, new DirectTransactionRunner(), clock);
    public final FixedAnalyticsQueries analytics = new FixedAnalyticsQueries();
    private final TokenIssuer tokens = new TokenIssuer(JWT_SECRET, clock);
    private final RestApi.Dependencies dependencies;

    public FakeBackend(RateLimits limits) {
        var workflows = new InMemoryWorkflowRepository();
        var emailTemplates = new InMemoryEmailTemplateRepository();
        var campaignRecipients = new InMemoryCampaignRecipients();
        var references = new InMemoryExistingRecords().backedBy("lead", leads).backedBy("contact", contacts)
                .backedBy("opportunity", opportunities);
        var writes = new RecordWritePorts(outbox, new DirectTransactionRunner(), references, clock);
        var contactService = new ContactService(contacts, writes);
        var opportunityService = new OpportunityService(opportunities, writes);
        var leadService = new LeadService(leads, writes, cache, contactService, opportunityService);
        var webhookService = new WebhookService(webhooks, writes, TARGETS);
        var search = new SearchService(new InMemorySearchIndex()
                .covering("leads", leads, text -> new LeadFilter(null, null, DateRange.ALL, text))
                .covering("contacts", contacts, text -> new ContactFilter(null, null, DateRange.ALL, text))
                .covering("opportunities", opportunities, text -> new OpportunityFilter(null, null, null, null, null,
                        null, null, null, DateRange.ALL, text)),
                List.of(LeadSearch.source(leads), ContactSearch.source(contacts), OpportunitySearch.source(opportunities)));
        this.dependencies = new RestApi.Dependencies(new JwtAuthenticator(JWT_SECRET, clock), rateLimiter, limits,
                leadService, leadService, contactService, new FormService(forms, submissions, writes),
                new SubmitFormService(forms, submissions, leads, leadService, writes),
                new ListActivitiesService(activities), new ClearCacheService(cache),
                new CalendarEventService(calendarEvents, writes), opportunityService, search,
                new ApiInfo("axolop-crm", "0.1.0", "v1", "test", START), Metrics.globalRegistry(), clock,
                new RunOnceService(idempotencyKeys, idempotencyKeys.transactions(), clock, Duration.ofHours(24)),
                new ManageQueuesService(new InMemoryQueueAdministration(), clock),
                new WorkflowService(workflows, writes, cache, TARGETS), workflowRuns(workflows, leadService, contactService,
                opportunityService, references, writes), apiKeyService, apiKeyService,
                new DescribeMeService(cache, apiKeys), new ReportAnalyticsService(analytics, new AnalyticsCache(cache)),
                new EmailTemplateService(emailTemplates, new FakeEmailTemplates(), writes),
                imports(writes), IMPORT_MAX_BYTES, webhookService, webhookDeliveries(webhookService, writes),
                new IntegrationService(new InMemoryIntegrationRepository(), writes),
                new CampaignService(new InMemoryCampaignRepository(), emailTemplates, campaignRecipients,
                        new InMemoryJobQueue(), writes),
                new CampaignTrackingService(campaignRecipients, new DirectTransactionRunner(), outbox, clock),
                new ExportService(new InMemoryExportPackages(),
                        new InMemoryFileStore(), new InMemoryJobQueue(), writes.transactions(), clock,
                        Duration.ofHours(24)));
    }

    /** Imports are queued, not run: the routing tests see them start (the runs are tested in bootstrap). */
    private ImportService imports(RecordWritePorts writes) {
        return new ImportService(new InMemoryImports(), new InMemoryFileStore(), new InMemoryJobQueue(),
                writes.transactions(), clock, Set.of("leads", "contacts"));
    }

    private WebhookDeliveryService webhookDeliveries(WebhookService webhookService, RecordWritePorts writes) {
        var deliveries = new InMemoryWebhookDeliveries();
        var jobs = new InMemoryJobQueue();
        var attempts = new WebhookDeliveryJob(webhooks, deliveries, webhookService,
                DELIVERED, jobs,
                writes.transactions(), new RetrySchedule(RetrySchedule.STANDARD, () -> 0.5), clock);
        return new WebhookDeliveryService(webhooks, deliveries, attempts, jobs, writes.transactions(), clock,
                Duration.ofDays(30));
    }

    private ExecuteWorkflowService workflowRuns(InMemoryWorkflowRepository workflows, LeadService leadService,
                                                ContactService contactService, OpportunityService opportunityService,
                                                InMemoryExistingRecords references, RecordWritePorts writes) {
        var executions = new InMemoryWorkflowExecutions();
        var jobs = new InMemoryJobQueue();
        var engine = new WorkflowEngine(writes.transactions(), executions, new InMemoryWorkflowCauses(), workflows,
                jobs, new CausalOutbox(outbox), new RecordSteps(leadService, leads, contactService, contacts,
                opportunityService, opportunities), clock, new TransactionalEmails(jobs,
                new TemplateSources(new InMemoryEmailTemplateRepository())), DELIVERED);
        return new ExecuteWorkflowService(workflows, executions, engine, references, writes.transactions(), clock);
    }

    /** The backend the routing tests share (each test works in workspaces of its own), without rate limits. */
    public static synchronized FakeBackend shared() {
        if (shared == null) {
            shared = new FakeBackend(NO_LIMITS);
        }
        return shared;
    }

    /** The general limit per 15 minutes, and the failed authentications per address. */
    public static RateLimits limits(int general, int auth) {
        Duration window = Duration.ofMinutes(15);
        return new RateLimits(new RateLimit("general", general, window), new RateLimit("auth", auth, window),
                new RateLimit("workflow", 1_000_000, window), new RateLimit("email", 1_000_000, window));
    }

    public void routing(HttpRouting.Builder routing) {
        RestApi.routing(routing, dependencies);
    }

    /** The API's services over this backend, as {@link RestApi#routing} registers them. */
    public List<RestApi.Mount> services() {
        return RestApi.services(dependencies);
    }

    /** A valid token of user-{workspace} with this role in the workspace, good for an hour of the clock. */
    public String token(String workspace, String role) {
        return tokens.issue("user-" + workspace, workspace, role, Duration.ofHours(1));
    }
}
