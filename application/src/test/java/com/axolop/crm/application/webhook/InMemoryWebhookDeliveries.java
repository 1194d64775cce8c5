package com.axolop.crm.application.webhook;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.DeliveryState;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test fake of {@link WebhookDeliveries}. */
public class InMemoryWebhookDeliveries implements WebhookDeliveries {
    private final Map<Id<WebhookDelivery>, WebhookDelivery> deliveries = new ConcurrentHashMap<>();
    private final Map<Id<WebhookSubscription>, Instant> failingSince = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean addIfAbsent(WebhookDelivery delivery) {
        boolean exists = deliveries.values().stream().anyMatch(d -> d.subscriptionId().equals(delivery.subscriptionId())
                && d.eventId().equals(delivery.eventId()));
        if (!exists) {
            deliveries.put(delivery.id(), delivery);
        }
        return !exists;
    }

    @Override
    public Optional<WebhookDelivery> find(WorkspaceId workspace, Id<WebhookDelivery> id) {
        return Optional.ofNullable(deliveries.get(id)).filter(d -> d.workspaceId().equals(workspace));
    }

    @Override
    public Optional<WebhookDelivery> findForUpdate(WorkspaceId workspace, Id<WebhookDelivery> id) {
        return find(workspace, id);
    }

    @Override
    public void update(WebhookDelivery delivery) {
        deliveries.put(delivery.id(), delivery);
    }

    @Override
    public synchronized boolean updateIfPendingAfter(WebhookDelivery attempted, int attemptsBefore) {
        WebhookDelivery stored = deliveries.get(attempted.id());
        if (stored == null || !stored.workspaceId().equals(attempted.workspaceId())
                || stored.state() != DeliveryState.PENDING || stored.attempts().size() != attemptsBefore) {
            return false;
        }
        deliveries.put(attempted.id(), attempted);
        return true;
    }

    @Override
    public Page<WebhookDelivery> list(WorkspaceId workspace, Id<WebhookSubscription> subscription, PageRequest page) {
        List<WebhookDelivery> all = deliveries.values().stream()
                .filter(d -> d.workspaceId().equals(workspace) && d.subscriptionId().equals(subscription))
                .sorted(Comparator.comparing(WebhookDelivery::createdAt).reversed()).toList();
        List<WebhookDelivery> items = all.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, page, all.size(), false);
    }

    @Override
    public synchronized int deleteFinishedBefore(Instant cutoff, int limit) {
        List<Id<WebhookDelivery>> old = deliveries.values().stream()
                .filter(d -> d.state() != DeliveryState.PENDING && d.createdAt().isBefore(cutoff))
                .sorted(Comparator.comparing(WebhookDelivery::createdAt)).limit(limit).map(WebhookDelivery::id)
                .toList();
        old.forEach(deliveries::remove);
        return old.size();
    }

    @Override
    public Instant recordOutcome(WorkspaceId workspace, Id<WebhookSubscription> subscription, boolean succeeded,
                                 Instant at) {
        if (succeeded) {
            failingSince.remove(subscription);
            return null;
        }
        return failingSince.computeIfAbsent(subscription, id -> at);
    }
}
