package com.axolop.crm.domain.campaign;

import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * An email campaign: draft -> scheduled (a send before its scheduled time) -> sending -> sent, or cancelled before it
 * is sent (for good). Once sending, it keeps the content its recipients get: an edit or a delete is a conflict. Editing a scheduled campaign makes it a
 * draft again (it is sent anew), so nothing goes out that was not sent as it stands.
 */
public record Campaign(Id<Campaign> id, WorkspaceId workspaceId, CampaignDetails details, CampaignStatus status,
                       Revision revision) implements EditableRecord<Campaign, CampaignDetails> {
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<Campaign> create(Id<Campaign> id, WorkspaceId workspace, CampaignDetails details,
                                          UserId createdBy, Instant now) {
        var campaign = new Campaign(id, workspace, details, CampaignStatus.DRAFT, Revision.first(createdBy, now));
        return Change.of(campaign, new CampaignEvent.Created(RecordEvent.newId(), now, campaign));
    }

    @Override
    public Change<Campaign> update(CampaignDetails newDetails, Instant now) {
        if (status.isLocked()) {
            throw new ConflictException("A campaign that is " + status.apiName() + " cannot be edited",
                    id.toString());
        }
        if (newDetails.equals(details)) {
            return Change.none(this);
        }
        return moved(newDetails, CampaignStatus.DRAFT, now);
    }

    @Override
    public Change<Campaign> delete(Instant now) {
        if (status == CampaignStatus.SENDING) {
            throw new ConflictException("A campaign that is sending cannot be deleted", id.toString());
        }
        return Change.of(this, new CampaignEvent.Deleted(RecordEvent.newId(), now, this));
    }

    /**
     * Sends a draft: scheduled when its time is after {@code now}, otherwise sending. A campaign already scheduled
     * or sending is left as it is (a retried send); a sent one is a conflict.
     */
    public Change<Campaign> send(Instant now) {
        if (status == CampaignStatus.SENT || status == CampaignStatus.CANCELLED) {
            throw new ConflictException("This campaign was " + status.apiName() + " already", id.toString());
        }
        if (status != CampaignStatus.DRAFT) {
            return Change.none(this);
        }
        boolean later = details.scheduledAt() != null && details.scheduledAt().isAfter(now);
        return moved(details, later ? CampaignStatus.SCHEDULED : CampaignStatus.SENDING, now);
    }

    /**
     * A scheduled campaign whose time has come starts sending; any other is left as it is (one edited and sent again
     * for a later time waits for that time, whichever start job comes first).
     */
    public Change<Campaign> start(Instant now) {
        boolean due = status == CampaignStatus.SCHEDULED && !details.scheduledAt().isAfter(now);
        return due ? moved(details, CampaignStatus.SENDING, now) : Change.none(this);
    }

    /**
     * Stops a draft, scheduled or sending campaign for good (what is not handed to the mail server yet never goes
     * out); a cancelled one is left as it is, a sent one is a conflict.
     */
    public Change<Campaign> cancel(Instant now) {
        if (status == CampaignStatus.SENT) {
            throw new ConflictException("This campaign was sent already", id.toString());
        }
        return status == CampaignStatus.CANCELLED ? Change.none(this) : moved(details, CampaignStatus.CANCELLED, now);
    }

    /** Every recipient is done. */
    public Change<Campaign> finish(Instant now) {
        if (status != CampaignStatus.SENDING) {
            return Change.none(this);
        }
        var sent = new Campaign(id, workspaceId, details, CampaignStatus.SENT, revision.next(now));
        return Change.of(sent, new CampaignEvent.Sent(RecordEvent.newId(), now, sent));
    }

    private Change<Campaign> moved(CampaignDetails newDetails, CampaignStatus newStatus, Instant now) {
        var next = new Campaign(id, workspaceId, newDetails, newStatus, revision.next(now));
        return Change.of(next, new CampaignEvent.Updated(RecordEvent.newId(), now, this, next));
    }
}
