package com.axolop.crm.application.campaign;

import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A campaign's recipients, snapshotted from its audience when it starts sending. Each is pending until its mail is
 * handed over to the mail server, then sent or failed; one without an email, unsubscribed or bounced is skipped from
 * the start.
 */
public interface CampaignRecipients {
    /**
     * Inside a transaction: adds the audience's records as recipients, unless the campaign has some already (a start
     * job run again snapshots nobody new); returns the pending ones (those still to send).
     */
    List<UUID> snapshot(Campaign campaign);

    /** A pending or handed-over recipient with what its mail needs; empty once it is done (or never was). */
    Optional<Recipient> unfinished(WorkspaceId workspace, UUID recipient);

    /**
     * Inside a transaction, just before a pending recipient's mail is committed to the server: stores the URLs of its
     * tracked links (by position, replacing any stored before) and marks it handed over with the Message-ID and
     * subject its mail carries. False when it is no longer pending (done, or its campaign cancelled), changing
     * nothing, or when its address joined the suppression list since the snapshot: then it is skipped here.
     */
    boolean handOver(WorkspaceId workspace, UUID recipient, List<String> urls, String messageId, String subject);

    /** Inside a transaction: records the outcome of an unfinished recipient; false if it was done already. */
    boolean finish(WorkspaceId workspace, UUID recipient, RecipientState state);

    /** Inside a transaction: the campaign's pending recipients are skipped (cancelled); handed-over ones stay. */
    void cancel(WorkspaceId workspace, Id<Campaign> campaign);

    /** Whether any recipient of the campaign is still pending or handed over. */
    boolean anyUnfinished(WorkspaceId workspace, Id<Campaign> campaign);

    /** The recipient a tracking token names, if any. */
    Optional<TrackedRecipient> byToken(String token);

    /** The URL stored for a recipient's link at {@code position}, if any. */
    Optional<String> link(UUID recipient, int position);

    /**
     * Inside a transaction: records an open ({@code position} null) or a click; true when it is the recipient's
     * first open, or first click of that link.
     */
    boolean track(TrackedRecipient recipient, Integer position);

    /** Inside a transaction: adds an address to its workspace's suppression list; false if it was on it. */
    boolean suppress(WorkspaceId workspace, EmailAddress email, String reason);

    /** What the campaign's mail did so far. */
    CampaignStats stats(WorkspaceId workspace, Id<Campaign> campaign);
}
