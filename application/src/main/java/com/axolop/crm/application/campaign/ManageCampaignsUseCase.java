package com.axolop.crm.application.campaign;

import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.shared.Id;

public interface ManageCampaignsUseCase
        extends ManageRecordsUseCase<Campaign, CampaignDetails, CampaignFilter, CampaignSortField> {
    /**
     * Sends a campaign: answers at once, however large its audience; the mail goes out from the email queue, at its
     * scheduled time if that is later. Sending again while it is scheduled or sending changes nothing.
     */
    Campaign send(Actor actor, Id<Campaign> id);

    /**
     * Cancels a draft, scheduled or sending campaign for good: mail not handed to the server yet never goes out.
     * Cancelling again changes nothing; a sent campaign is a conflict.
     */
    Campaign cancel(Actor actor, Id<Campaign> id);

    /** What the campaign's mail did so far: outcomes, opens, clicks (per link), unsubscribes. */
    CampaignStats analytics(Actor actor, Id<Campaign> id);
}
