package com.axolop.crm.application.webhook;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookSubscription;

/** A subscription's delivery log, admin only: read it, replay a delivery, send a test event now. */
public interface ManageWebhookDeliveriesUseCase {
    Page<WebhookDelivery> list(Actor actor, Id<WebhookSubscription> subscription, PageRequest page);

    /** Makes a delivery due again now (whatever became of it), through the queue. */
    WebhookDelivery retry(Actor actor, Id<WebhookSubscription> subscription, Id<WebhookDelivery> delivery);

    /** Sends a webhook.test event to the subscription now and returns its delivery after the first attempt. */
    WebhookDelivery test(Actor actor, Id<WebhookSubscription> subscription);
}
