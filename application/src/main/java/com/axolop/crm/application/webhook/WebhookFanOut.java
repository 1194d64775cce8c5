package com.axolop.crm.application.webhook;

import com.axolop.crm.application.event.EventSubscriber;
import com.axolop.crm.application.event.ReceivedEvent;
import com.axolop.crm.application.job.JobQueue;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.time.Clock;
import java.util.Objects;

/**
 * Turns each event of the stream into one delivery per active subscription that wants it, each a job on the
 * webhook queue, in the transaction that marks the event processed: a redelivered event adds nothing, and the
 * (subscription, event) pair is unique besides.
 */
public class WebhookFanOut implements EventSubscriber {
    private final WebhookRepository subscriptions;
    private final WebhookDeliveries deliveries;
    private final JobQueue jobs;
    private final Clock clock;

    public WebhookFanOut(WebhookRepository subscriptions, WebhookDeliveries deliveries, JobQueue jobs, Clock clock) {
        this.subscriptions = Objects.requireNonNull(subscriptions);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.jobs = Objects.requireNonNull(jobs);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public boolean accepts(String eventType) {
        return true;
    }

    @Override
    public void handle(ReceivedEvent event) {
        for (WebhookSubscription subscription : subscriptions.activeIn(event.workspace())) {
            if (subscription.details().wants(event.type())) {
                WebhookDelivery delivery = WebhookDelivery.of(event.workspace(), subscription.id(), event.id(),
                        event.type(), event.occurredAt(), event.payload(), clock.instant());
                if (deliveries.addIfAbsent(delivery)) {
                    jobs.enqueue(WebhookDeliveryJob.request(delivery, 0));
                }
            }
        }
    }
}
