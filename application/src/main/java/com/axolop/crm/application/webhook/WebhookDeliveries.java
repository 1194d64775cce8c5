package com.axolop.crm.application.webhook;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.WebhookDelivery;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.Optional;

/** The delivery log: one row per (subscription, event), with its attempts. Every method is workspace-scoped. */
public interface WebhookDeliveries {
    /** Stores a new delivery unless one exists for its subscription and event; false if it did. */
    boolean addIfAbsent(WebhookDelivery delivery);

    Optional<WebhookDelivery> find(WorkspaceId workspace, Id<WebhookDelivery> id);

    /** Like {@link #find}, locking the row until the surrounding transaction ends. */
    Optional<WebhookDelivery> findForUpdate(WorkspaceId workspace, Id<WebhookDelivery> id);

    void update(WebhookDelivery delivery);

    /**
     * Stores {@code attempted} only if the stored delivery is still pending after {@code attemptsBefore} attempts,
     * in one step (no lock held before it); false when another run recorded that attempt first, or it ended.
     */
    boolean updateIfPendingAfter(WebhookDelivery attempted, int attemptsBefore);

    /** The subscription's deliveries, newest first. */
    Page<WebhookDelivery> list(WorkspaceId workspace, Id<WebhookSubscription> subscription, PageRequest page);

    /**
     * Deletes up to {@code limit} deliveries created before {@code cutoff} that are over (delivered or failed: a
     * pending one still has an attempt to make), in every workspace; returns how many.
     */
    int deleteFinishedBefore(Instant cutoff, int limit);

    /**
     * Records whether the subscription's latest attempt succeeded; returns since when it has been failing without
     * a success in between (null when it just succeeded).
     */
    Instant recordOutcome(WorkspaceId workspace, Id<WebhookSubscription> subscription, boolean succeeded,
                          Instant at);
}
