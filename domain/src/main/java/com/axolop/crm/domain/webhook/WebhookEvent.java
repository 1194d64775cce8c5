package com.axolop.crm.domain.webhook;

import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** What happened to a webhook subscription; none of them carries a secret. */
public sealed interface WebhookEvent extends RecordEvent<WebhookSubscription> {
    record Created(UUID id, Instant occurredAt, WebhookSubscription record) implements WebhookEvent {
        public String type() {
            return "webhook.created";
        }
    }

    record Updated(UUID id, Instant occurredAt, WebhookSubscription previous, WebhookSubscription record)
            implements WebhookEvent, RecordEvent.Update<WebhookSubscription> {
        public String type() {
            return "webhook.updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, WebhookSubscription record) implements WebhookEvent {
        public String type() {
            return "webhook.deleted";
        }
    }

    record SecretRotated(UUID id, Instant occurredAt, WebhookSubscription record) implements WebhookEvent {
        public String type() {
            return "webhook.secret_rotated";
        }
    }

    /** The service stopped delivering to it: the receiver answered 410 Gone, or kept failing for 5 days. */
    record Disabled(UUID id, Instant occurredAt, WebhookSubscription record, DisableReason reason)
            implements WebhookEvent {
        public String type() {
            return "webhook.disabled";
        }
    }

    enum DisableReason {
        GONE, FAILING;

        public String apiName() {
            return name().toLowerCase();
        }
    }
}
