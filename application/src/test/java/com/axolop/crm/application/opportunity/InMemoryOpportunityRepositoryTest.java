package com.axolop.crm.application.opportunity;

class InMemoryOpportunityRepositoryTest extends OpportunityRepositoryContract {
    @Override
    protected OpportunityRepository createOpportunityRepository() {
        return new InMemoryOpportunityRepository();
    }
}
