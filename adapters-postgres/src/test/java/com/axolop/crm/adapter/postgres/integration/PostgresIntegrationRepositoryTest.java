package com.axolop.crm.adapter.postgres.integration;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.integration.IntegrationRepository;
import com.axolop.crm.application.integration.IntegrationRepositoryContract;
import com.axolop.crm.application.secret.ReversibleTestCipher;

class PostgresIntegrationRepositoryTest extends IntegrationRepositoryContract {
    @Override
    protected IntegrationRepository createIntegrationRepository() {
        return new PostgresIntegrationRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()),
                new ReversibleTestCipher());
    }
}
