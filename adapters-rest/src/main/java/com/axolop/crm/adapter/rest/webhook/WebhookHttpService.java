package com.axolop.crm.adapter.rest.webhook;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.application.webhook.ManageWebhookDeliveriesUseCase;
import com.axolop.crm.application.webhook.ManageWebhooksUseCase;
import com.axolop.crm.application.webhook.WebhookFilter;
import com.axolop.crm.application.webhook.WebhookService;
import com.axolop.crm.application.webhook.WebhookSnapshot;
import com.axolop.crm.application.webhook.WebhookSortField;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /api/v1/webhooks}, admin only: subscriptions through the record routes, except that creating one and
 * rotating its secret answer with the secret (the only times it is shown); the delivery log, replay and test.
 */
public final class WebhookHttpService implements HttpService {
    public static final String PATH = "/api/v1/webhooks";

    private final ManageWebhooksUseCase webhooks;
    private final ManageWebhookDeliveriesUseCase deliveries;
    private final RecordRoutes<WebhookSubscription, WebhookDetails, WebhookFilter, WebhookSortField> records;

    public WebhookHttpService(ManageWebhooksUseCase webhooks, ManageWebhookDeliveriesUseCase deliveries) {
        this.webhooks = Objects.requireNonNull(webhooks);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.records = new RecordRoutes<>(new RecordResource<>(PATH, WebhookService.KIND, webhooks,
                WebhookJson::details, WebhookHttpService::filter, WebhookSortField.class,
                new Sort<>(WebhookSortField.CREATED_AT, Sort.Direction.DESC), List.of()));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", Reply.handler(this::create))
                .post("/{id}/rotate-secret", Reply.handler(this::rotate))
                .any("/{id}/rotate-secret", Responses.methodNotAllowed("POST"))
                .post("/{id}/test", Reply.handler(this::test))
                .any("/{id}/test", Responses.methodNotAllowed("POST"))
                .get("/{id}/deliveries", this::deliveries)
                .any("/{id}/deliveries", Responses.methodNotAllowed("GET"))
                .post("/{id}/deliveries/{deliveryId}/retry", Reply.handler(this::retry))
                .any("/{id}/deliveries/{deliveryId}/retry", Responses.methodNotAllowed("POST"));
        records.routing(rules);
    }

    private Reply create(ServerRequest req) {
        WebhookDetails details = WebhookJson.details(JsonBody.read(req));
        WebhookSubscription created = webhooks.create(AuthenticationFilter.actor(req), details);
        return Reply.created(PATH + "/" + created.id(), created.revision().version(), withSecret(created));
    }

    private Reply rotate(ServerRequest req) {
        WebhookSubscription rotated = webhooks.rotateSecret(AuthenticationFilter.actor(req), records.id(req));
        return Reply.data(Status.OK_200, withSecret(rotated)).withHeader("ETag",
                "\"" + rotated.revision().version() + "\"");
    }

    private Reply test(ServerRequest req) {
        WebhookDelivery delivery = deliveries.test(AuthenticationFilter.actor(req), records.id(req));
        return Reply.data(Status.OK_200, WebhookJson.delivery(delivery));
    }

    private Reply retry(ServerRequest req) {
        WebhookDelivery delivery = deliveries.retry(AuthenticationFilter.actor(req), records.id(req),
                deliveryId(req));
        return Reply.data(Status.ACCEPTED_202, WebhookJson.delivery(delivery));
    }

    private void deliveries(ServerRequest req, ServerResponse res) {
        Id<WebhookSubscription> id = records.id(req);
        var errors = new FieldErrors();
        PageRequest page = new QueryParams(req.query(), errors).page();
        errors.throwIfAny();
        Responses.page(res, deliveries.list(AuthenticationFilter.actor(req), id, page), WebhookJson::delivery);
    }

    /** The published shape and, this once, the secret. */
    private static Map<String, Object> withSecret(WebhookSubscription subscription) {
        var body = new LinkedHashMap<>(WebhookSnapshot.of(subscription));
        body.put("secret", subscription.secret().value());
        return body;
    }

    private static Id<WebhookDelivery> deliveryId(ServerRequest req) {
        try {
            return Id.parse(req.path().pathParameters().get("deliveryId"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.NOT_FOUND_404, "Delivery not found");
        }
    }

    private static WebhookFilter filter(QueryParams params) {
        return new WebhookFilter(params.bool("active"), params.dateRange());
    }
}
