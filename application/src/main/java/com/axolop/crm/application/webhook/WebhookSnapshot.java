package com.axolop.crm.application.webhook;

import com.axolop.crm.application.record.Snapshots;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published shape of a subscription (API responses, its events): never a secret. */
public final class WebhookSnapshot {
    private WebhookSnapshot() {
    }

    public static Map<String, Object> of(WebhookSubscription subscription) {
        var map = new LinkedHashMap<String, Object>();
        map.put("url", subscription.details().url());
        map.put("events", subscription.details().events());
        map.put("description", subscription.details().description());
        map.put("active", subscription.details().active());
        map.put("previous_secret_expires_at", subscription.previousSecretUntil() == null ? null
                : subscription.previousSecretUntil().toString());
        return Snapshots.record(subscription, map);
    }
}
