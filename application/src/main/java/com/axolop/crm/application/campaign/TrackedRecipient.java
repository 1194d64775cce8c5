package com.axolop.crm.application.campaign;

import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Objects;
import java.util.UUID;

/** The recipient a tracking token names: the email it was sent and to which address. */
public record TrackedRecipient(UUID id, WorkspaceId workspace, Id<Campaign> campaign, UUID emailId,
                               EmailAddress email) {
    public TrackedRecipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(emailId, "emailId");
        Objects.requireNonNull(email, "email");
    }
}
