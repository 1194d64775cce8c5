package com.axolop.crm.application.webhook;

import com.axolop.crm.application.job.JobQueue;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.webhook.DeliveryState;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The delivery log's use cases, and its pruning after the retention; attempts themselves are
 * {@link WebhookDeliveryJob}'s.
 */
public class WebhookDeliveryService implements ManageWebhookDeliveriesUseCase {
    public static final String TEST_EVENT = "webhook.test";
    /** When a test delivery's queued job runs: only if the instance died during the test's own first attempt. */
    static final Duration TEST_FALLBACK = Duration.ofMinutes(1);
    static final int PRUNE_BATCH = 500;

    private final WebhookRepository subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookDeliveryJob attempts;
    private final JobQueue jobs;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Duration retention;

    public WebhookDeliveryService(WebhookRepository subscriptions, WebhookDeliveries deliveries,
                                  WebhookDeliveryJob attempts, JobQueue jobs, TransactionRunner transactions,
                                  Clock clock, Duration retention) {
        this.subscriptions = Objects.requireNonNull(subscriptions);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.attempts = Objects.requireNonNull(attempts);
        this.jobs = Objects.requireNonNull(jobs);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.retention = Objects.requireNonNull(retention);
    }

    @Override
    public Page<WebhookDelivery> list(Actor actor, Id<WebhookSubscription> subscription, PageRequest page) {
        requireSubscription(actor, subscription);
        return deliveries.list(actor.workspace(), subscription, page);
    }

    @Override
    public WebhookDelivery retry(Actor actor, Id<WebhookSubscription> subscription, Id<WebhookDelivery> id) {
        requireSubscription(actor, subscription);
        return transactions.inTransaction(() -> {
            WebhookDelivery delivery = deliveries.findForUpdate(actor.workspace(), id)
                    .filter(found -> found.subscriptionId().equals(subscription))
                    .orElseThrow(() -> new NotFoundException("Delivery not found"));
            if (delivery.state() == DeliveryState.PENDING) {
                throw new ConflictException("The delivery is already pending: its next attempt is at "
                        + delivery.nextAttemptAt(), id.toString());
            }
            WebhookDelivery again = delivery.retried(clock.instant());
            deliveries.update(again);
            jobs.enqueue(WebhookDeliveryJob.request(again, again.attempts().size()));
            return again;
        });
    }

    @Override
    public WebhookDelivery test(Actor actor, Id<WebhookSubscription> subscription) {
        WebhookSubscription target = requireSubscription(actor, subscription);
        Instant now = clock.instant();
        WebhookDelivery delivery = WebhookDelivery.of(actor.workspace(), subscription, Uuids.v7(), TEST_EVENT, now,
                Map.of("webhook_id", subscription.toString(), "url", target.details().url()), now);
        transactions.inTransaction(() -> {
            deliveries.addIfAbsent(delivery);
            return jobs.enqueue(WebhookDeliveryJob.request(delivery, 0).runAt(now.plus(TEST_FALLBACK)));
        });
        return attempts.deliver(actor.workspace(), delivery.id(), 0);
    }

    /** Deletes the finished deliveries older than the retention, a batch at a time; returns how many. */
    public int pruneExpired() {
        Instant cutoff = clock.instant().minus(retention);
        int pruned = 0;
        int batch;
        do {
            batch = deliveries.deleteFinishedBefore(cutoff, PRUNE_BATCH);
            pruned += batch;
        } while (batch == PRUNE_BATCH);
        return pruned;
    }

    private WebhookSubscription requireSubscription(Actor actor, Id<WebhookSubscription> id) {
        actor.requireAdmin();
        return subscriptions.findById(actor.workspace(), id)
                .orElseThrow(() -> new NotFoundException("Webhook not found"));
    }
}
