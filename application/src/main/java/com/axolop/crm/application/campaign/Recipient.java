package com.axolop.crm.application.campaign;

import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One pending recipient: {@code emailId} names its mail (the Message-ID, the same on every try), {@code token} its
 * unguessable tracking and unsubscribe links, {@code record} the lead or contact as the template sees it.
 */
public record Recipient(UUID id, Id<Campaign> campaign, UUID emailId, EmailAddress email, String token,
                       Map<String, Object> record) {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(emailId, "emailId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(token, "token");
        record = Map.copyOf(record);
    }
}
