package com.axolop.crm.adapter.postgres.campaign;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.campaign.CampaignRepository;
import com.axolop.crm.application.campaign.CampaignRepositoryContract;

class PostgresCampaignRepositoryTest extends CampaignRepositoryContract {
    @Override
    protected CampaignRepository createCampaignRepository() {
        return new PostgresCampaignRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
