package com.axolop.crm.application.campaign;

import com.axolop.crm.domain.campaign.Audience;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.campaign.CampaignStatus;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import java.time.Instant;
import java.util.List;

class InMemoryCampaignRecipientsTest extends CampaignRecipientsContract {
    private final InMemoryCampaignRecipients recipients = new InMemoryCampaignRecipients();

    @Override
    protected CampaignRecipients createRecipients() {
        return recipients;
    }

    @Override
    protected Campaign sendingCampaign(List<EmailAddress> audience) {
        var campaign = new Campaign(Id.newId(), workspace, new CampaignDetails("Spring", null, "basic",
                CustomFields.EMPTY, null, null, new Audience.Leads(null, null, null, List.of(), null), null),
                CampaignStatus.SENDING, Revision.first(new UserId("u"), Instant.now()));
        recipients.audience(campaign.id(), audience);
        return campaign;
    }
}
