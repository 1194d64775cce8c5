package com.axolop.crm.application.webhook;

import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobHandler;
import com.axolop.crm.application.job.JobQueue;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.DeliveryState;
import com.axolop.crm.domain.webhook.RetrySchedule;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookEvent;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Makes one attempt of a delivery (a job on the webhook queue), outside any transaction, then records it in one:
 * the attempt, the subscription's failing streak, a disabling (410 Gone, or failing for {@link #DISABLE_AFTER}),
 * and the job of the next attempt at the time the schedule (or Retry-After) says. A worker that dies mid-attempt
 * leaves its job leased: it runs again, with the same webhook-id, once the lease runs out.
 */
public class WebhookDeliveryJob implements JobHandler {
    public static final String TYPE = "deliver";
    public static final Duration DISABLE_AFTER = Duration.ofDays(5);

    private final WebhookRepository subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookService webhooks;
    private final WebhookSender sender;
    private final JobQueue jobs;
    private final TransactionRunner transactions;
    private final RetrySchedule schedule;
    private final Clock clock;

    public WebhookDeliveryJob(WebhookRepository subscriptions, WebhookDeliveries deliveries, WebhookService webhooks,
                              WebhookSender sender, JobQueue jobs, TransactionRunner transactions,
                              RetrySchedule schedule, Clock clock) {
        this.subscriptions = Objects.requireNonNull(subscriptions);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.webhooks = Objects.requireNonNull(webhooks);
        this.sender = Objects.requireNonNull(sender);
        this.jobs = Objects.requireNonNull(jobs);
        this.transactions = Objects.requireNonNull(transactions);
        this.schedule = Objects.requireNonNull(schedule);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The job of a delivery's next attempt, due now (so the workers are woken at commit); deduplicated per (subscription, event,
     * attempts made), so a redelivered event or a repeated enqueue adds no second job for the same attempt, and a
     * job whose attempt was made meanwhile (see {@link WebhookDeliveryService#test}) does nothing.
     */
    public static JobRequest request(WebhookDelivery delivery, int attemptsMade) {
        return JobRequest.of(delivery.workspaceId(), QueueName.WEBHOOK, TYPE,
                        Map.of("delivery_id", delivery.id().toString(), "attempts_made", attemptsMade))
                .dedupedBy(delivery.subscriptionId() + ":" + delivery.eventId() + ":" + attemptsMade);
    }

    @Override
    public void handle(Job job) {
        deliver(job.workspace(), Id.parse((String) job.payload().get("delivery_id")),
                ((Number) job.payload().get("attempts_made")).intValue());
    }

    /**
     * Makes attempt {@code attemptsMade + 1} if the delivery is pending and still at that count; returns the delivery
     * as it stands afterwards (null if it is gone).
     */
    public WebhookDelivery deliver(WorkspaceId workspace, Id<WebhookDelivery> id, int attemptsMade) {
        WebhookDelivery delivery = deliveries.find(workspace, id).orElse(null);
        if (delivery == null || delivery.state() != DeliveryState.PENDING
                || delivery.attempts().size() != attemptsMade) {
            return delivery;
        }
        WebhookSubscription subscription = subscriptions.findById(workspace, delivery.subscriptionId())
                .filter(found -> found.details().active()).orElse(null);
        if (subscription == null) {
            return transactions.inTransaction(() -> {
                WebhookDelivery abandoned = delivery.abandoned(clock.instant());
                deliveries.update(abandoned);
                return abandoned;
            });
        }
        Instant now = clock.instant();
        DeliveryAttempt attempt = sender.send(subscription.details().url(), delivery.eventId(), now,
                delivery.message(), subscription.signingSecrets(now));
        return transactions.inTransaction(() -> record(delivery, subscription, attempt));
    }

    /** Still pending after the same attempts as before this one, the delivery is {@code before} but for its times. */
    private WebhookDelivery record(WebhookDelivery before, WebhookSubscription subscription, DeliveryAttempt attempt) {
        int made = before.attempts().size() + 1;
        Duration retryIn = attempt.delivered() || attempt.gone() ? null : schedule.after(made, attempt.retryAfter());
        WebhookDelivery next = before.attempted(attempt, retryIn);
        if (!deliveries.updateIfPendingAfter(next, before.attempts().size())) {
            // recorded meanwhile by another run of the same attempt
            return deliveries.find(before.workspaceId(), before.id()).orElse(null);
        }
        Instant failingSince = deliveries.recordOutcome(before.workspaceId(), subscription.id(), attempt.delivered(),
                attempt.at());
        if (attempt.gone()) {
            webhooks.disable(before.workspaceId(), subscription.id(), WebhookEvent.DisableReason.GONE);
        } else if (failingSince != null && !failingSince.plus(DISABLE_AFTER).isAfter(attempt.at())) {
            webhooks.disable(before.workspaceId(), subscription.id(), WebhookEvent.DisableReason.FAILING);
        }
        if (next.state() == DeliveryState.PENDING) {
            jobs.enqueue(request(next, made).runAt(next.nextAttemptAt()));
        }
        return next;
    }
}
