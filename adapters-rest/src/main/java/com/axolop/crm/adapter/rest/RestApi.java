package com.axolop.crm.adapter.rest;

import com.axolop.crm.adapter.rest.activity.ActivityHttpService;
import com.axolop.crm.adapter.rest.analytics.AnalyticsHttpService;
import com.axolop.crm.adapter.rest.apikey.ApiKeyHttpService;
import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.auth.JwtAuthenticator;
import com.axolop.crm.adapter.rest.cache.CacheHttpService;
import com.axolop.crm.adapter.rest.calendar.CalendarEventHttpService;
import com.axolop.crm.adapter.rest.campaign.CampaignHttpService;
import com.axolop.crm.adapter.rest.campaign.TrackingHttpService;
import com.axolop.crm.adapter.rest.contact.ContactHttpService;
import com.axolop.crm.adapter.rest.email.EmailTemplateHttpService;
import com.axolop.crm.adapter.rest.exporting.ExportHttpService;
import com.axolop.crm.adapter.rest.exporting.PackageEntities;
import com.axolop.crm.adapter.rest.form.FormHttpService;
import com.axolop.crm.adapter.rest.importing.ImportHttpService;
import com.axolop.crm.adapter.rest.integration.IntegrationHttpService;
import com.axolop.crm.adapter.rest.job.QueueHttpService;
import com.axolop.crm.adapter.rest.lead.LeadHttpService;
import com.axolop.crm.adapter.rest.me.MeHttpService;
import com.axolop.crm.adapter.rest.opportunity.OpportunityHttpService;
import com.axolop.crm.adapter.rest.ratelimit.RateLimitFilter;
import com.axolop.crm.adapter.rest.ratelimit.RateLimitGate;
import com.axolop.crm.adapter.rest.ratelimit.RateLimits;
import com.axolop.crm.adapter.rest.search.SearchHttpService;
import com.axolop.crm.adapter.rest.shared.ErrorResponses;
import com.axolop.crm.adapter.rest.shared.ExportGate;
import com.axolop.crm.adapter.rest.shared.Idempotency;
import com.axolop.crm.adapter.rest.shared.RequestTelemetryFilter;
import com.axolop.crm.adapter.rest.system.ApiInfo;
import com.axolop.crm.adapter.rest.system.InfoHttpService;
import com.axolop.crm.adapter.rest.system.OpenApiHttpService;
import com.axolop.crm.adapter.rest.system.SwaggerUiHttpService;
import com.axolop.crm.adapter.rest.webhook.WebhookHttpService;
import com.axolop.crm.adapter.rest.workflow.WorkflowHttpService;
import com.axolop.crm.application.activity.ListActivitiesUseCase;
import com.axolop.crm.application.adapterport.RateLimiter;
import com.axolop.crm.application.analytics.ReportAnalyticsUseCase;
import com.axolop.crm.application.apikey.AuthenticateApiKeyUseCase;
import com.axolop.crm.application.apikey.ManageApiKeysUseCase;
import com.axolop.crm.application.cache.ClearCacheUseCase;
import com.axolop.crm.application.calendar.ManageCalendarEventsUseCase;
import com.axolop.crm.application.campaign.ManageCampaignsUseCase;
import com.axolop.crm.application.campaign.TrackCampaignMailUseCase;
import com.axolop.crm.application.contact.ManageContactsUseCase;
import com.axolop.crm.application.email.ManageEmailTemplatesUseCase;
import com.axolop.crm.application.exporting.ManageExportsUseCase;
import com.axolop.crm.application.form.ManageFormsUseCase;
import com.axolop.crm.application.form.SubmitFormUseCase;
import com.axolop.crm.application.idempotency.RunOnceUseCase;
import com.axolop.crm.application.importing.ManageImportsUseCase;
import com.axolop.crm.application.integration.ManageIntegrationsUseCase;
import com.axolop.crm.application.job.ManageQueuesUseCase;
import com.axolop.crm.application.lead.ConvertLeadUseCase;
import com.axolop.crm.application.lead.ManageLeadsUseCase;
import com.axolop.crm.application.me.DescribeMeUseCase;
import com.axolop.crm.application.opportunity.ManageOpportunitiesUseCase;
import com.axolop.crm.application.search.SearchUseCase;
import com.axolop.crm.application.webhook.ManageWebhookDeliveriesUseCase;
import com.axolop.crm.application.webhook.ManageWebhooksUseCase;
import com.axolop.crm.application.workflow.ExecuteWorkflowUseCase;
import com.axolop.crm.application.workflow.ManageWorkflowsUseCase;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The API's routes and filters, in the order they apply. Tests and {@code main} share this. */
public final class RestApi {
    private RestApi() {
    }

    public record Dependencies(JwtAuthenticator authenticator, RateLimiter rateLimiter, RateLimits rateLimits,
                               ManageLeadsUseCase leads, ConvertLeadUseCase leadConversions, ManageContactsUseCase contacts, ManageFormsUseCase forms,
                               SubmitFormUseCase submitForm, ListActivitiesUseCase activities, ClearCacheUseCase clearCache,
                               ManageCalendarEventsUseCase calendarEvents, ManageOpportunitiesUseCase opportunities,
                               SearchUseCase search, ApiInfo info, MeterRegistry meters, Clock clock,
                               RunOnceUseCase runOnce, ManageQueuesUseCase queues,
                               ManageWorkflowsUseCase workflows, ExecuteWorkflowUseCase workflowRuns,
                               AuthenticateApiKeyUseCase apiKeyAuthentication, ManageApiKeysUseCase apiKeys,
                               DescribeMeUseCase me, ReportAnalyticsUseCase analytics,
                               ManageEmailTemplatesUseCase emailTemplates, ManageImportsUseCase imports,
                               long importMaxBytes, ManageWebhooksUseCase webhooks,
                               ManageWebhookDeliveriesUseCase webhookDeliveries, ManageIntegrationsUseCase integrations,
                               ManageCampaignsUseCase campaigns, TrackCampaignMailUseCase campaignTracking,
                               ManageExportsUseCase exports) {
    }

    /** A service and the path it is registered at. */
    public record Mount(String path, HttpService service) {
    }

    public static void routing(HttpRouting.Builder routing, Dependencies deps) {
        var gate = new RateLimitGate(deps.rateLimiter(), deps.rateLimits().trustedProxies());
        routing.addFilter(new RequestTelemetryFilter(deps.meters()))
                .addFilter(new AuthenticationFilter(deps.authenticator(), deps.apiKeyAuthentication(), gate,
                        deps.rateLimits().auth(),
                        FormHttpService::isPublic))
                .addFilter(new RateLimitFilter(gate, deps.rateLimits()))
                .addFilter(new ExportGate(deps.rateLimits().exports()))
                .addFilter(new Idempotency(deps.runOnce()));
        services(deps, gate).forEach(mount -> routing.register(mount.path(), mount.service()));
        // The page that shows the document, not an operation of the API: outside services(), so not in the document.
        routing.register(SwaggerUiHttpService.PATH, new SwaggerUiHttpService());
        // Backstop for anything that escapes the telemetry filter.
        routing.error(Throwable.class, ErrorResponses::send);
    }

    /** Every service of the API in registration order (the OpenAPI test walks their routes). */
    public static List<Mount> services(Dependencies deps) {
        return services(deps, new RateLimitGate(deps.rateLimiter(), deps.rateLimits().trustedProxies()));
    }

    private static List<Mount> services(Dependencies deps, RateLimitGate gate) {
        return List.of(
                new Mount(InfoHttpService.PATH, new InfoHttpService(deps.info(), deps.clock())),
                // Ahead of the record resources: /leads/import is a route of its own, not a lead's id.
                new Mount(ImportHttpService.PATH, new ImportHttpService(deps.imports(), deps.importMaxBytes(),
                        Map.of("leads", LeadHttpService.IMPORT.fields(),
                                "contacts", ContactHttpService.IMPORT.fields()))),
                new Mount(LeadHttpService.PATH, new LeadHttpService(deps.leads(), deps.leadConversions())),
                new Mount(ContactHttpService.PATH, new ContactHttpService(deps.contacts())),
                new Mount(FormHttpService.PATH, new FormHttpService(deps.forms(), deps.submitForm(), gate,
                        deps.rateLimits())),
                new Mount(CalendarEventHttpService.PATH, new CalendarEventHttpService(deps.calendarEvents())),
                new Mount(OpportunityHttpService.PATH, new OpportunityHttpService(deps.opportunities())),
                new Mount(WorkflowHttpService.PATH, new WorkflowHttpService(deps.workflows(), deps.workflowRuns(), gate,
                        deps.rateLimits())),
                new Mount(ActivityHttpService.PATH, new ActivityHttpService(deps.activities())),
                new Mount(CacheHttpService.PATH, new CacheHttpService(deps.clearCache())),
                new Mount(SearchHttpService.PATH, new SearchHttpService(deps.search())),
                new Mount(QueueHttpService.PATH, new QueueHttpService(deps.queues())),
                new Mount(ApiKeyHttpService.PATH, new ApiKeyHttpService(deps.apiKeys())),
                new Mount(MeHttpService.PATH, new MeHttpService(deps.me())),
                new Mount(AnalyticsHttpService.PATH, new AnalyticsHttpService(deps.analytics(), deps.clock())),
                new Mount(EmailTemplateHttpService.PATH, new EmailTemplateHttpService(deps.emailTemplates())),
                new Mount(WebhookHttpService.PATH, new WebhookHttpService(deps.webhooks(), deps.webhookDeliveries())),
                new Mount(IntegrationHttpService.PATH, new IntegrationHttpService(deps.integrations())),
                new Mount(CampaignHttpService.PATH, new CampaignHttpService(deps.campaigns(), gate, deps.rateLimits())),
                new Mount(TrackingHttpService.PATH, new TrackingHttpService(deps.campaignTracking(), gate)),
                new Mount(ExportHttpService.PATH, new ExportHttpService(deps.exports(), new PackageEntities(deps.leads(),
                        deps.contacts(), deps.opportunities(), deps.calendarEvents(), deps.forms()))),
                new Mount(OpenApiHttpService.PATH, new OpenApiHttpService()));
    }
}
