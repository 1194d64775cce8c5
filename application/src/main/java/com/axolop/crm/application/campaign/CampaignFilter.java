package com.axolop.crm.application.campaign;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.campaign.CampaignStatus;

/** Narrows a campaign list: null status means any; the range applies to created_at. */
public record CampaignFilter(CampaignStatus status, DateRange created) {
    public CampaignFilter {
        created = created == null ? DateRange.ALL : created;
    }
}
