package com.axolop.crm.application.webhook;

import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.WebhookSecret;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Makes one signed attempt (Standard Webhooks v1: webhook-id, webhook-timestamp, one signature per secret) to a
 * URL that {@link WebhookTargets} still allows after resolving it now. Never throws for what the network or the
 * receiver did: that is the attempt's outcome.
 */
@FunctionalInterface
public interface WebhookSender {
    DeliveryAttempt send(String url, UUID webhookId, Instant timestamp, Map<String, Object> body,
                         List<WebhookSecret> secrets);
}
