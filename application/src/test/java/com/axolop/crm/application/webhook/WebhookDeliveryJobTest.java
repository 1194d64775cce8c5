package com.axolop.crm.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.event.ReceivedEvent;
import com.axolop.crm.application.job.InMemoryJobQueue;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.DeliveryState;
import com.axolop.crm.domain.webhook.RetrySchedule;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The delivery rules over fakes: fan-out, retry timing, and when a subscription is disabled. */
class WebhookDeliveryJobTest {
    private static final WorkspaceId WORKSPACE = new WorkspaceId("ws-hooks");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemoryWebhookRepository subscriptions = new InMemoryWebhookRepository();
    private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
    private final InMemoryJobQueue jobs = new InMemoryJobQueue();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<Duration> retryAfter = new AtomicReference<>();
    private final WebhookService webhooks = new WebhookService(subscriptions, new RecordWritePorts(outbox,
            new DirectTransactionRunner(), new InMemoryExistingRecords(), clock), url -> { });
    private final WebhookDeliveryJob job = new WebhookDeliveryJob(subscriptions, deliveries, webhooks,
            (url, id, at, body, secrets) -> new DeliveryAttempt(at, status.get(), 3, "answer", null, retryAfter.get()),
            jobs, new DirectTransactionRunner(), new RetrySchedule(RetrySchedule.STANDARD, () -> 0.5), clock);
    private final WebhookFanOut fanOut = new WebhookFanOut(subscriptions, deliveries, jobs, clock);
    private final WebhookSubscription subscription = webhooks.create(new Actor(WORKSPACE, new UserId("admin"),
            Role.ADMIN), new WebhookDetails("https://hooks.example.com", List.of("lead.*"), null, true));

    private ReceivedEvent event(String type) {
        return new ReceivedEvent(Uuids.v7(), type, "lead", Uuids.v7().toString(), WORKSPACE, clock.instant(),
                Map.of("lead", Map.of("name", "Ada")));
    }

    private WebhookDelivery deliverLast() {
        JobRequest request = jobs.enqueued().getLast();
        return job.deliver(WORKSPACE, Id.parse((String) request.payload().get("delivery_id")),
                (Integer) request.payload().get("attempts_made"));
    }

    @Test
    void fansAnEventOutOnceToEachSubscriptionThatWantsIt() {
        ReceivedEvent created = event("lead.created");

        fanOut.handle(created);
        fanOut.handle(created);
        fanOut.handle(event("contact.created"));

        assertThat(jobs.enqueued()).hasSize(1);
        assertThat(jobs.enqueued().getFirst().dedupeKey()).isEqualTo(subscription.id() + ":" + created.id() + ":0");
    }

    @Test
    void aFailedAttemptSchedulesTheNextOneHonouringRetryAfter() {
        status.set(503);
        retryAfter.set(Duration.ofMinutes(1));
        fanOut.handle(event("lead.created"));

        WebhookDelivery delivery = deliverLast();

        assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(jobs.enqueued().getLast().runAt()).isEqualTo(delivery.nextAttemptAt());
    }

    @Test
    void goneDisablesTheSubscriptionAndEmitsWebhookDisabled() {
        status.set(410);
        fanOut.handle(event("lead.created"));

        assertThat(deliverLast().state()).isEqualTo(DeliveryState.FAILED);

        assertThat(subscriptions.findById(WORKSPACE, subscription.id()).orElseThrow().details().active()).isFalse();
        assertThat(outbox.events().getLast().eventType()).isEqualTo("webhook.disabled");
        assertThat(outbox.events().getLast().payload()).containsEntry("reason", "gone");
    }

    @Test
    void failingForFiveDaysDisablesTheSubscription() {
        status.set(500);
        for (int day = 0; day < 5; day++) {
            fanOut.handle(event("lead.created"));
            deliverLast();
            assertThat(subscriptions.findById(WORKSPACE, subscription.id()).orElseThrow().details().active()).isTrue();
            clock.advance(Duration.ofDays(1));
        }
        fanOut.handle(event("lead.created"));
        deliverLast();

        assertThat(subscriptions.findById(WORKSPACE, subscription.id()).orElseThrow().details().active()).isFalse();
        assertThat(outbox.events().getLast().payload()).containsEntry("reason", "failing");
    }

    @Test
    void aSuccessEndsTheFailingStreak() {
        status.set(500);
        fanOut.handle(event("lead.created"));
        deliverLast();
        clock.advance(Duration.ofDays(3));
        status.set(200);
        fanOut.handle(event("lead.created"));
        deliverLast();
        clock.advance(Duration.ofDays(3));
        status.set(500);
        fanOut.handle(event("lead.created"));
        deliverLast();

        assertThat(subscriptions.findById(WORKSPACE, subscription.id()).orElseThrow().details().active()).isTrue();
    }

    @Test
    void aJobForAnAttemptAlreadyMadeSendsNothing() {
        status.set(500);
        fanOut.handle(event("lead.created"));
        JobRequest first = jobs.enqueued().getFirst();
        deliverLast();
        var sent = new AtomicInteger();
        var counting = new WebhookDeliveryJob(subscriptions, deliveries, webhooks, (url, id, at, body, secrets) -> {
            sent.incrementAndGet();
            return new DeliveryAttempt(at, 200, 1, "ok", null, null);
        }, jobs, new DirectTransactionRunner(), new RetrySchedule(RetrySchedule.STANDARD, () -> 0.5), clock);

        WebhookDelivery unchanged = counting.deliver(WORKSPACE, Id.parse((String) first.payload().get("delivery_id")),
                0);

        assertThat(sent).hasValue(0);
        assertThat(unchanged.attempts()).hasSize(1);
    }
}
