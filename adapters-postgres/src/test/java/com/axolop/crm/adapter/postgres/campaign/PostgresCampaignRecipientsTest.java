package com.axolop.crm.adapter.postgres.campaign;

import com.axolop.crm.adapter.postgres.contact.PostgresContactRepository;
import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.campaign.CampaignRecipients;
import com.axolop.crm.application.campaign.CampaignRecipientsContract;
import com.axolop.crm.application.lead.TestLeads;
import com.axolop.crm.domain.campaign.Audience;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.campaign.CampaignStatus;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import java.time.Instant;
import java.util.List;

/** The audience is real leads of the test's own workspace, snapshotted by SQL. */
class PostgresCampaignRecipientsTest extends CampaignRecipientsContract {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresLeadRepository leads = new PostgresLeadRepository(db);

    @Override
    protected CampaignRecipients createRecipients() {
        return new PostgresCampaignRecipients(db, leads, new PostgresContactRepository(db));
    }

    @Override
    protected Campaign sendingCampaign(List<EmailAddress> audience) {
        for (EmailAddress email : audience) {
            LeadDetails d = TestLeads.details("Lead " + email.value());
            leads.insert(new Lead(Id.newId(), workspace, new LeadDetails(d.name(), email, d.phone(), d.company(),
                    d.type(), d.status(), d.value(), d.currency(), d.source(), d.notes(), d.tags(), d.customFields(),
                    d.assignedTo()), Revision.first(new UserId("u"), Instant.now())));
        }
        var campaign = new Campaign(Id.newId(), workspace, new CampaignDetails("Spring", null, "basic",
                CustomFields.EMPTY, null, null, new Audience.Leads(null, null, null, List.of(), null), null),
                CampaignStatus.SENDING, Revision.first(new UserId("u"), Instant.now()));
        new PostgresCampaignRepository(db).insert(campaign);
        return campaign;
    }
}
