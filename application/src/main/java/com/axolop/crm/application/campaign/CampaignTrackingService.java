package com.axolop.crm.application.campaign;

import com.axolop.crm.application.port.EventOutbox;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.domain.shared.Uuids;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens, clicks and unsubscribes from campaign mail. Every open and click is counted; email.opened and email.clicked
 * are published for a recipient's first open and first click of each link, email.unsubscribed when an address joins
 * the suppression list.
 */
public final class CampaignTrackingService implements TrackCampaignMailUseCase {
    private final CampaignRecipients recipients;
    private final TransactionRunner transactions;
    private final EventOutbox outbox;
    private final Clock clock;

    public CampaignTrackingService(CampaignRecipients recipients, TransactionRunner transactions, EventOutbox outbox,
                                   Clock clock) {
        this.recipients = Objects.requireNonNull(recipients);
        this.transactions = Objects.requireNonNull(transactions);
        this.outbox = Objects.requireNonNull(outbox);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public boolean open(String token) {
        Optional<TrackedRecipient> recipient = recipients.byToken(token);
        recipient.ifPresent(found -> track(found, null, "email.opened", Map.of()));
        return recipient.isPresent();
    }

    @Override
    public Optional<String> click(String token, int position) {
        Optional<TrackedRecipient> recipient = recipients.byToken(token);
        Optional<String> url = recipient.flatMap(found -> recipients.link(found.id(), position));
        url.ifPresent(target -> track(recipient.get(), position, "email.clicked", Map.of("url", target)));
        return url;
    }

    @Override
    public boolean unsubscribe(String token) {
        Optional<TrackedRecipient> recipient = recipients.byToken(token);
        recipient.ifPresent(found -> transactions.inTransaction(() -> {
            if (recipients.suppress(found.workspace(), found.email(), "unsubscribed")) {
                outbox.append(List.of(event(found, "email.unsubscribed", Map.of())));
            }
            return null;
        }));
        return recipient.isPresent();
    }

    private void track(TrackedRecipient recipient, Integer position, String type, Map<String, Object> extra) {
        transactions.inTransaction(() -> {
            if (recipients.track(recipient, position)) {
                outbox.append(List.of(event(recipient, type, extra)));
            }
            return null;
        });
    }

    private OutboxEvent event(TrackedRecipient recipient, String type, Map<String, Object> extra) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("email_id", recipient.emailId().toString());
        payload.put("to", recipient.email().value());
        payload.put("campaign_id", recipient.campaign().toString());
        payload.putAll(extra);
        return new OutboxEvent(Uuids.v7(), "email", recipient.emailId().toString(), type, recipient.workspace(),
                payload, clock.instant());
    }
}
