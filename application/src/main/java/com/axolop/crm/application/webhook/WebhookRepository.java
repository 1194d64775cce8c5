package com.axolop.crm.application.webhook;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.util.List;

/** Webhook subscriptions; a store keeps their secrets encrypted (see {@code SecretCipher}). */
public interface WebhookRepository extends RecordRepository<WebhookSubscription, WebhookFilter, WebhookSortField> {
    /** The workspace's active subscriptions, oldest first: asked for every event, so answered from an index. */
    List<WebhookSubscription> activeIn(WorkspaceId workspace);
}
