package com.axolop.crm.application.campaign;

import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A campaign's recipients, snapshotted from its audience when it starts sending. Each is pending until its mail is
 * sent or failed; one without an email, unsubscribed or bounced is skipped from the start.
 */
public interface CampaignRecipients {
    /**
     * Inside a transaction: adds the audience's records as recipients, each once however often this runs; returns
     * the pending ones (those still to send).
     */
    List<UUID> snapshot(Campaign campaign);

    /** A pending recipient with what its mail needs; empty once it is done (or never was). */
    Optional<Recipient> pending(WorkspaceId workspace, UUID recipient);

    /** Inside a transaction: records the outcome of a pending recipient; false if it was done already. */
    boolean finish(WorkspaceId workspace, UUID recipient, RecipientState state);

    /** Whether any recipient of the campaign is still pending. */
    boolean anyPending(WorkspaceId workspace, Id<Campaign> campaign);
}
