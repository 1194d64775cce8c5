package com.axolop.crm.domain.webhook;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One event on its way to one subscription: the message ({"type", "timestamp", "data"}) sent on every attempt under
 * the same webhook-id (the event's id), and the attempts so far, the last one summarised.
 */
public record WebhookDelivery(Id<WebhookDelivery> id, WorkspaceId workspaceId, Id<WebhookSubscription> subscriptionId,
                              UUID eventId, String eventType, Map<String, Object> message, DeliveryState state,
                              List<DeliveryAttempt> attempts, Instant nextAttemptAt, Instant createdAt,
                              Instant updatedAt) {
    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        // Kept in order: the body is written from it on every attempt.
        message = Collections.unmodifiableMap(new LinkedHashMap<>(message));
        Objects.requireNonNull(state, "state");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A delivery of an event that occurred at {@code occurredAt}, due now. */
    public static WebhookDelivery of(WorkspaceId workspace, Id<WebhookSubscription> subscription, UUID eventId,
                                     String eventType, Instant occurredAt, Map<String, Object> data, Instant now) {
        var message = new LinkedHashMap<String, Object>();
        message.put("type", eventType);
        message.put("timestamp", occurredAt.toString());
        message.put("data", data);
        return new WebhookDelivery(Id.newId(), workspace, subscription, eventId, eventType, message,
                DeliveryState.PENDING, List.of(), now, now, now);
    }

    /** After an attempt: delivered, failed for good ({@code retryIn} null), or pending until {@code retryIn}. */
    public WebhookDelivery attempted(DeliveryAttempt attempt, Duration retryIn) {
        var all = new ArrayList<>(attempts);
        all.add(attempt);
        Instant at = attempt.at();
        if (attempt.delivered()) {
            return with(DeliveryState.DELIVERED, all, null, at);
        }
        return retryIn == null ? with(DeliveryState.FAILED, all, null, at)
                : with(DeliveryState.PENDING, all, at.plus(retryIn), at);
    }

    /** Failed without an attempt (its subscription was disabled or deleted meanwhile). */
    public WebhookDelivery abandoned(Instant now) {
        return with(DeliveryState.FAILED, attempts, null, now);
    }

    /** Due again now, however it ended (a manual retry). */
    public WebhookDelivery retried(Instant now) {
        return with(DeliveryState.PENDING, attempts, now, now);
    }

    public DeliveryAttempt lastAttempt() {
        return attempts.isEmpty() ? null : attempts.getLast();
    }

    private WebhookDelivery with(DeliveryState newState, List<DeliveryAttempt> all, Instant next, Instant now) {
        return new WebhookDelivery(id, workspaceId, subscriptionId, eventId, eventType, message, newState, all, next,
                createdAt, now);
    }
}
