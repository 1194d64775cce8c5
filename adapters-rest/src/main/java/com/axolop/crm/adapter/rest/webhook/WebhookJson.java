package com.axolop.crm.adapter.rest.webhook;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A subscription as a request body carries it, and a delivery as the log shows it. */
final class WebhookJson {
    private WebhookJson() {
    }

    /** {@code url}, {@code events}, {@code description}, {@code active} (default true); every flaw at once. */
    static WebhookDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var json = new JsonFields(body, errors);
        String url = json.text("url");
        List<String> events = json.texts("events");
        String description = json.text("description");
        Boolean active = json.bool("active");
        if (!errors.failed("url")) {
            errors.check("url", () -> WebhookDetails.url(url));
        }
        if (!errors.failed("events")) {
            errors.check("events", () -> WebhookDetails.events(events));
        }
        errors.check("description", () -> Text.optional(description, WebhookDetails.MAX_DESCRIPTION));
        errors.throwIfAny();
        return new WebhookDetails(url, events, description, active == null || active);
    }

    /** A delivery: its state, the last attempt summarised, and every attempt with its time (the backoff shows). */
    static Map<String, Object> delivery(WebhookDelivery d) {
        DeliveryAttempt last = d.lastAttempt();
        var map = new LinkedHashMap<String, Object>();
        map.put("id", d.id().toString());
        map.put("webhook_id", d.subscriptionId().toString());
        map.put("event_id", d.eventId().toString());
        map.put("event_type", d.eventType());
        map.put("state", d.state().apiName());
        map.put("attempts", d.attempts().size());
        map.put("last_status_code", last == null ? null : last.statusCode());
        map.put("last_duration_ms", last == null ? null : last.durationMs());
        map.put("response_excerpt", last == null ? null : last.responseExcerpt());
        map.put("last_error", last == null ? null : last.error());
        map.put("next_attempt_at", d.nextAttemptAt() == null ? null : d.nextAttemptAt().toString());
        map.put("created_at", d.createdAt().toString());
        map.put("updated_at", d.updatedAt().toString());
        map.put("attempt_log", d.attempts().stream().map(WebhookJson::attempt).toList());
        return map;
    }

    private static Map<String, Object> attempt(DeliveryAttempt a) {
        var map = new LinkedHashMap<String, Object>();
        map.put("at", a.at().toString());
        map.put("status_code", a.statusCode());
        map.put("duration_ms", a.durationMs());
        map.put("error", a.error());
        return map;
    }
}
