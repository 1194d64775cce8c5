package com.axolop.crm.application.campaign;

class InMemoryCampaignRepositoryTest extends CampaignRepositoryContract {
    @Override
    protected CampaignRepository createCampaignRepository() {
        return new InMemoryCampaignRepository();
    }
}
