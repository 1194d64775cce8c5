package com.axolop.crm.application.lead;

class InMemoryLeadRepositoryTest extends LeadRepositoryContract {
    @Override
    protected LeadRepository createLeadRepository() {
        return new InMemoryLeadRepository();
    }
}
