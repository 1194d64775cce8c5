package com.axolop.crm.application.webhook;

import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.AdminRecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.WebhookDetails;
import com.axolop.crm.domain.webhook.WebhookEvent;
import com.axolop.crm.domain.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** Webhook subscriptions through the record machinery; every operation is an admin's, every URL checked on save. */
public class WebhookService
        extends AdminRecordService<WebhookSubscription, WebhookDetails, WebhookFilter, WebhookSortField>
        implements ManageWebhooksUseCase {
    public static final RecordKind<WebhookSubscription> KIND = new RecordKind<>("webhook", "webhook",
            "Webhook not found", WebhookSnapshot::of, event -> event instanceof WebhookEvent.Disabled disabled
            ? Map.of("reason", disabled.reason().apiName()) : Map.of());

    private final WebhookTargets targets;

    public WebhookService(WebhookRepository webhooks, RecordWritePorts ports, WebhookTargets targets) {
        super(webhooks, KIND, ports);
        this.targets = Objects.requireNonNull(targets);
    }

    @Override
    protected Change<WebhookSubscription> created(Id<WebhookSubscription> id, Actor actor, WebhookDetails details,
                                                  Instant now) {
        return WebhookSubscription.create(id, actor.workspace(), details, actor.user(), now);
    }

    /** A new or changed URL must be one deliveries may go to. */
    @Override
    protected void checkWrite(WebhookSubscription record, WebhookSubscription previous) {
        String url = record.details().url();
        if (previous == null || !url.equals(previous.details().url())) {
            try {
                targets.check(url);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("url", e.getMessage());
            }
        }
    }

    @Override
    public WebhookSubscription rotateSecret(Actor actor, Id<WebhookSubscription> id) {
        actor.requireAdmin();
        return ports.transactions().inTransaction(() -> {
            WebhookSubscription current = lockCurrent(actor.workspace(), id, ExpectedVersion.ANY);
            return store(current, current.rotateSecret(ports.clock().instant()));
        });
    }

    /** Stops deliveries to a subscription (410 Gone, failing too long), in the caller's transaction. */
    public void disable(WorkspaceId workspace, Id<WebhookSubscription> id, WebhookEvent.DisableReason reason) {
        ports.transactions().inTransaction(() -> {
            WebhookSubscription current = lockCurrent(workspace, id, ExpectedVersion.ANY);
            return store(current, current.disable(reason, ports.clock().instant()));
        });
    }
}
