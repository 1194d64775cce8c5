package com.axolop.crm.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.job.InMemoryJobQueue;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.RetrySchedule;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The delivery log is pruned after its retention: finished deliveries only, however many batches it takes. */
class WebhookDeliveryPruningTest {
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final WorkspaceId WORKSPACE = new WorkspaceId("ws-hooks");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
    private final Id<WebhookSubscription> subscription = Id.newId();
    private final InMemoryWebhookRepository subscriptions = new InMemoryWebhookRepository();
    private final InMemoryJobQueue jobs = new InMemoryJobQueue();
    private final WebhookDeliveryJob attempts = new WebhookDeliveryJob(subscriptions, deliveries,
            new WebhookService(subscriptions, new RecordWritePorts(new InMemoryEventOutbox(),
                    new DirectTransactionRunner(), new InMemoryExistingRecords(), clock), url -> { }),
            (url, id, at, body, secrets) -> DeliveryAttempt.failed(at, 0, "no calls here"), jobs,
            new DirectTransactionRunner(), new RetrySchedule(RetrySchedule.STANDARD, () -> 0.5), clock);
    private final WebhookDeliveryService service = new WebhookDeliveryService(subscriptions, deliveries, attempts,
            jobs, new DirectTransactionRunner(), clock, RETENTION);

    private WebhookDelivery stored(Duration age, boolean finished) {
        Instant created = clock.instant().minus(age);
        WebhookDelivery delivery = WebhookDelivery.of(WORKSPACE, subscription, UUID.randomUUID(), "lead.created",
                created, Map.of(), created);
        deliveries.addIfAbsent(finished ? delivery.attempted(new DeliveryAttempt(created, 200, 5, "", null, null),
                null) : delivery);
        return delivery;
    }

    private boolean kept(WebhookDelivery delivery) {
        return deliveries.find(WORKSPACE, delivery.id()).isPresent();
    }

    @Test
    void deletesEveryFinishedDeliveryOlderThanTheRetentionBatchAfterBatch() {
        int old = WebhookDeliveryService.PRUNE_BATCH * 2 + 7;
        IntStream.range(0, old).forEach(i -> stored(RETENTION.plusMinutes(1 + i), true));
        WebhookDelivery young = stored(RETENTION.minusMinutes(1), true);

        assertThat(service.pruneExpired()).isEqualTo(old);

        assertThat(kept(young)).isTrue();
        assertThat(service.pruneExpired()).isZero();
    }

    @Test
    void keepsAnOldDeliveryThatStillHasAnAttemptToMake() {
        WebhookDelivery pending = stored(RETENTION.plusDays(3), false);

        assertThat(service.pruneExpired()).isZero();

        assertThat(kept(pending)).isTrue();
    }
}
