package com.axolop.crm.application.integration;

class InMemoryIntegrationRepositoryTest extends IntegrationRepositoryContract {
    @Override
    protected IntegrationRepository createIntegrationRepository() {
        return new InMemoryIntegrationRepository();
    }
}
