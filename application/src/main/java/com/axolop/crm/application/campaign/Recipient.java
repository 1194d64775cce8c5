package com.axolop.crm.application.campaign;

import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One recipient still to finish: {@code emailId} names its mail (the Message-ID, the same on every try), {@code token}
 * its unguessable tracking and unsubscribe links, {@code record} the lead or contact as the template sees it.
 * {@code messageId} and {@code subject} are set once its mail was handed over to the server, null before.
 */
public record Recipient(UUID id, Id<Campaign> campaign, UUID emailId, EmailAddress email, String token,
                        Map<String, Object> record, String messageId, String subject) {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(emailId, "emailId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(token, "token");
        record = Map.copyOf(record);
    }

    /** A worker handed its mail over and stopped before it recorded the server's answer. */
    public boolean handedOver() {
        return messageId != null;
    }
}
