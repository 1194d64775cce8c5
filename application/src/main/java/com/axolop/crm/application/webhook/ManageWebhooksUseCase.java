package com.axolop.crm.application.webhook;

import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.axolop.crm.domain.webhook.WebhookSubscription;

/**
 * Webhook subscriptions, admin only: the record operations (create returns the new secret, once) and rotating the
 * secret (the previous one keeps signing for 24 h).
 */
public interface ManageWebhooksUseCase
        extends ManageRecordsUseCase<WebhookSubscription, WebhookDetails, WebhookFilter, WebhookSortField> {
    WebhookSubscription rotateSecret(Actor actor, Id<WebhookSubscription> id);
}
