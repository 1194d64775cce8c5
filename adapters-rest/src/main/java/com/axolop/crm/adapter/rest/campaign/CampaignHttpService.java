package com.axolop.crm.adapter.rest.campaign;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.ratelimit.RateLimitGate;
import com.axolop.crm.adapter.rest.ratelimit.RateLimits;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.campaign.CampaignFilter;
import com.axolop.crm.application.campaign.CampaignService;
import com.axolop.crm.application.campaign.CampaignSnapshot;
import com.axolop.crm.application.campaign.CampaignSortField;
import com.axolop.crm.application.campaign.ManageCampaignsUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.campaign.CampaignStatus;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Objects;

/**
 * {@code /api/v1/campaigns}: campaigns through the record routes, {@code POST /{id}/send}, {@code POST /{id}/cancel}
 * and {@code GET /{id}/analytics}.
 */
public final class CampaignHttpService implements HttpService {
    public static final String PATH = "/api/v1/campaigns";

    private final RecordRoutes<Campaign, CampaignDetails, CampaignFilter, CampaignSortField> records;
    private final ManageCampaignsUseCase campaigns;
    private final RateLimitGate gate;
    private final RateLimit sends;

    /** Sending is limited per user by the contract's email class (20 a minute by default). */
    public CampaignHttpService(ManageCampaignsUseCase campaigns, RateLimitGate gate, RateLimits limits) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.records = new RecordRoutes<>(new RecordResource<>(PATH, CampaignService.KIND, campaigns,
                CampaignJson::details, params -> new CampaignFilter(params.parsed("status", CampaignStatus::parse),
                params.dateRange()), CampaignSortField.class,
                new Sort<>(CampaignSortField.CREATED_AT, Sort.Direction.DESC), List.of()));
        this.gate = Objects.requireNonNull(gate);
        this.sends = limits.emailSend();
    }

    @Override
    public void routing(HttpRules rules) {
        Handler send = Reply.handler(this::send);
        rules.post("/{id}/send", (req, res) -> {
                    Actor actor = AuthenticationFilter.actor(req);
                    gate.pass("user:" + actor.workspace() + ":" + actor.user(), sends, res);
                    send.handle(req, res);
                })
                .any("/{id}/send", Responses.methodNotAllowed("POST"))
                .post("/{id}/cancel", Reply.handler(req -> Reply.data(Status.OK_200, CampaignSnapshot.of(
                        campaigns.cancel(AuthenticationFilter.actor(req), records.id(req))))))
                .any("/{id}/cancel", Responses.methodNotAllowed("POST"))
                .get("/{id}/analytics", Reply.handler(req -> Reply.data(Status.OK_200,
                        campaigns.analytics(AuthenticationFilter.actor(req), records.id(req)).json())))
                .any("/{id}/analytics", Responses.methodNotAllowed("GET"));
        records.routing(rules);
    }

    /** 202 at once: the mail goes out from the email queue. */
    private Reply send(ServerRequest req) {
        Campaign sent = campaigns.send(AuthenticationFilter.actor(req), records.id(req));
        return Reply.data(Status.ACCEPTED_202, CampaignSnapshot.of(sent));
    }
}
