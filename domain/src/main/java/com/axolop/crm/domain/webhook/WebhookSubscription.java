package com.axolop.crm.domain.webhook;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a workspace wants its events delivered, and the secret that signs them. After a rotation the previous
 * secret signs too for {@link #ROTATION_OVERLAP}, so receivers can switch without losing a delivery.
 */
public record WebhookSubscription(Id<WebhookSubscription> id, WorkspaceId workspaceId, WebhookDetails details,
                                  WebhookSecret secret, WebhookSecret previousSecret, Instant previousSecretUntil,
                                  Revision revision) implements EditableRecord<WebhookSubscription, WebhookDetails> {
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    public WebhookSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(revision, "revision");
        if ((previousSecret == null) != (previousSecretUntil == null)) {
            throw new IllegalArgumentException("a previous secret comes with the time it stops signing");
        }
    }

    public static Change<WebhookSubscription> create(Id<WebhookSubscription> id, WorkspaceId workspace,
                                                     WebhookDetails details, UserId createdBy, Instant now) {
        var subscription = new WebhookSubscription(id, workspace, details, WebhookSecret.generate(), null, null,
                Revision.first(createdBy, now));
        return Change.of(subscription, new WebhookEvent.Created(RecordEvent.newId(), now, subscription));
    }

    @Override
    public Change<WebhookSubscription> update(WebhookDetails newDetails, Instant now) {
        if (newDetails.equals(details)) {
            return Change.none(this);
        }
        var next = new WebhookSubscription(id, workspaceId, newDetails, secret, previousSecret, previousSecretUntil,
                revision.next(now));
        return Change.of(next, new WebhookEvent.Updated(RecordEvent.newId(), now, this, next));
    }

    @Override
    public Change<WebhookSubscription> delete(Instant now) {
        return Change.of(this, new WebhookEvent.Deleted(RecordEvent.newId(), now, this));
    }

    /** A new secret; the current one keeps signing for {@link #ROTATION_OVERLAP}. */
    public Change<WebhookSubscription> rotateSecret(Instant now) {
        var next = new WebhookSubscription(id, workspaceId, details, WebhookSecret.generate(), secret,
                now.plus(ROTATION_OVERLAP), revision.next(now));
        return Change.of(next, new WebhookEvent.SecretRotated(RecordEvent.newId(), now, next));
    }

    /** Stops deliveries; an inactive subscription stays as it is. */
    public Change<WebhookSubscription> disable(WebhookEvent.DisableReason reason, Instant now) {
        if (!details.active()) {
            return Change.none(this);
        }
        var next = new WebhookSubscription(id, workspaceId, details.inactive(), secret, previousSecret,
                previousSecretUntil, revision.next(now));
        return Change.of(next, new WebhookEvent.Disabled(RecordEvent.newId(), now, next, reason));
    }

    /** The secrets that sign a delivery made at {@code now}: the current one, and the previous while it overlaps. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        return previousSecret != null && now.isBefore(previousSecretUntil) ? List.of(secret, previousSecret)
                : List.of(secret);
    }
}
