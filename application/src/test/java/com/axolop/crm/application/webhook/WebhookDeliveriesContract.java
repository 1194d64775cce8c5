package com.axolop.crm.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.DeliveryState;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link WebhookDeliveries} store guarantees; run against the in-memory fake and PostgreSQL. */
public abstract class WebhookDeliveriesContract {
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final WebhookDeliveries deliveries = createDeliveries();
    private final WebhookRepository subscriptions = createSubscriptions();
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    private final Id<WebhookSubscription> subscription = subscription(workspace);

    protected abstract WebhookDeliveries createDeliveries();

    /** The subscriptions the deliveries belong to (a store may require them to exist). */
    protected abstract WebhookRepository createSubscriptions();

    private Id<WebhookSubscription> subscription(WorkspaceId in) {
        var stored = new WebhookSubscription(Id.newId(), in, new WebhookDetails("https://hooks.example.com/a",
                List.of("*"), null, true), WebhookSecret.generate(), null, null,
                Revision.first(new UserId("admin"), T0));
        subscriptions.insert(stored);
        return stored.id();
    }

    private WebhookDelivery delivery(Id<WebhookSubscription> to, WorkspaceId in, Instant createdAt) {
        return WebhookDelivery.of(in, to, UUID.randomUUID(), "lead.created", createdAt,
                Map.of("lead", Map.of("name", "Ada", "score", 7)), createdAt);
    }

    private WebhookDelivery added(Instant createdAt) {
        WebhookDelivery delivery = delivery(subscription, workspace, createdAt);
        assertThat(deliveries.addIfAbsent(delivery)).isTrue();
        return delivery;
    }

    @Test
    void addsOneDeliveryPerSubscriptionAndEvent() {
        WebhookDelivery first = added(T0);
        WebhookDelivery again = new WebhookDelivery(Id.newId(), workspace, subscription, first.eventId(),
                first.eventType(), first.message(), DeliveryState.PENDING, List.of(), T0, T0, T0);

        assertThat(deliveries.addIfAbsent(again)).isFalse();
        assertThat(deliveries.find(workspace, again.id())).isEmpty();
        assertThat(deliveries.find(workspace, first.id())).contains(first);
    }

    @Test
    void findsADeliveryOnlyInItsWorkspace() {
        WebhookDelivery delivery = added(T0);
        WorkspaceId other = new WorkspaceId("ws-" + UUID.randomUUID());

        assertThat(deliveries.findForUpdate(workspace, delivery.id())).contains(delivery);
        assertThat(deliveries.find(other, delivery.id())).isEmpty();
        assertThat(deliveries.findForUpdate(other, delivery.id())).isEmpty();
    }

    @Test
    void keepsEveryAttemptAsMadeAndTheStateTheyLedTo() {
        WebhookDelivery delivery = added(T0);
        WebhookDelivery retrying = delivery.attempted(new DeliveryAttempt(T0.plusSeconds(1), 503, 120, "busy", null,
                Duration.ofSeconds(30)), Duration.ofSeconds(30));
        WebhookDelivery done = retrying.attempted(DeliveryAttempt.failed(T0.plusSeconds(31), 10_000,
                "HttpTimeoutException: timed out"), null);

        deliveries.update(retrying);
        assertThat(deliveries.find(workspace, delivery.id())).contains(retrying);
        deliveries.update(done);

        WebhookDelivery found = deliveries.find(workspace, delivery.id()).orElseThrow();
        assertThat(found).isEqualTo(done);
        assertThat(found.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(found.attempts()).extracting(DeliveryAttempt::statusCode).containsExactly(503, null);
    }

    @Test
    void recordsAnAttemptOnlyOverThePendingDeliveryItFollows() {
        WebhookDelivery delivery = added(T0);
        WebhookDelivery failed = delivery.attempted(new DeliveryAttempt(T0.plusSeconds(1), 500, 9, "", null, null),
                Duration.ofSeconds(5));
        WebhookDelivery sameAttemptElsewhere = delivery.attempted(new DeliveryAttempt(T0.plusSeconds(2), 200, 9, "",
                null, null), null);

        assertThat(deliveries.updateIfPendingAfter(failed, 0)).isTrue();
        assertThat(deliveries.updateIfPendingAfter(sameAttemptElsewhere, 0)).isFalse();
        assertThat(deliveries.find(workspace, delivery.id())).contains(failed);

        WebhookDelivery delivered = failed.attempted(new DeliveryAttempt(T0.plusSeconds(7), 204, 9, "", null, null),
                null);
        assertThat(deliveries.updateIfPendingAfter(delivered, 1)).isTrue();
        assertThat(deliveries.updateIfPendingAfter(delivered.attempted(new DeliveryAttempt(T0.plusSeconds(8), 204,
                9, "", null, null), null), 2)).isFalse();
        assertThat(deliveries.find(workspace, delivery.id())).contains(delivered);
    }

    @Test
    void listsASubscriptionsDeliveriesNewestFirstAPageAtATime() {
        WebhookDelivery oldest = added(T0);
        WebhookDelivery middle = added(T0.plusSeconds(1));
        WebhookDelivery newest = added(T0.plusSeconds(2));
        deliveries.addIfAbsent(delivery(subscription(workspace), workspace, T0.plusSeconds(3)));

        Page<WebhookDelivery> first = deliveries.list(workspace, subscription, new PageRequest(1, 2));
        Page<WebhookDelivery> second = deliveries.list(workspace, subscription, new PageRequest(2, 2));

        assertThat(first.items()).containsExactly(newest, middle);
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.items()).containsExactly(oldest);
        assertThat(deliveries.list(new WorkspaceId("other"), subscription, new PageRequest(1, 2)).items()).isEmpty();
    }

    @Test
    void tellsSinceWhenASubscriptionHasBeenFailingUntilASuccessEndsTheStreak() {
        assertThat(deliveries.recordOutcome(workspace, subscription, false, T0)).isEqualTo(T0);
        assertThat(deliveries.recordOutcome(workspace, subscription, false, T0.plusSeconds(5))).isEqualTo(T0);

        assertThat(deliveries.recordOutcome(workspace, subscription, true, T0.plusSeconds(9))).isNull();
        assertThat(deliveries.recordOutcome(workspace, subscription, false, T0.plusSeconds(20)))
                .isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void aStreakIsPerSubscription() {
        Id<WebhookSubscription> other = subscription(workspace);
        deliveries.recordOutcome(workspace, subscription, false, T0);

        assertThat(deliveries.recordOutcome(workspace, other, false, T0.plusSeconds(1))).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void deletesFinishedDeliveriesCreatedBeforeTheCutoffOldestFirstInEveryWorkspaceUpToTheLimit() {
        Instant cutoff = T0.minus(Duration.ofDays(400));
        WebhookDelivery oldest = finished(subscription, workspace, cutoff.minus(Duration.ofDays(9)));
        WebhookDelivery old = finished(subscription, workspace, cutoff.minus(Duration.ofDays(8)));
        WorkspaceId elsewhere = new WorkspaceId("ws-" + UUID.randomUUID());
        WebhookDelivery oldElsewhere = finished(subscription(elsewhere), elsewhere, cutoff.minus(Duration.ofDays(7)));
        WebhookDelivery pending = added(cutoff.minus(Duration.ofDays(10)));
        WebhookDelivery atTheCutoff = finished(subscription, workspace, cutoff);

        assertThat(deliveries.deleteFinishedBefore(cutoff, 1)).isEqualTo(1);
        assertThat(deliveries.find(workspace, oldest.id())).isEmpty();
        assertThat(deliveries.find(workspace, old.id())).isPresent();

        assertThat(deliveries.deleteFinishedBefore(cutoff, 100)).isEqualTo(2);
        assertThat(deliveries.find(workspace, old.id())).isEmpty();
        assertThat(deliveries.find(elsewhere, oldElsewhere.id())).isEmpty();
        assertThat(deliveries.find(workspace, pending.id())).isPresent();
        assertThat(deliveries.find(workspace, atTheCutoff.id())).isPresent();
    }

    private WebhookDelivery finished(Id<WebhookSubscription> to, WorkspaceId in, Instant createdAt) {
        WebhookDelivery delivery = delivery(to, in, createdAt);
        deliveries.addIfAbsent(delivery);
        WebhookDelivery delivered = delivery.attempted(new DeliveryAttempt(createdAt, 200, 4, "", null, null), null);
        deliveries.update(delivered);
        return delivered;
    }
}
