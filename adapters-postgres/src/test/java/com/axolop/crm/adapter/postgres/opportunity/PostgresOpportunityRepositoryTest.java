package com.axolop.crm.adapter.postgres.opportunity;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.opportunity.OpportunityRepository;
import com.axolop.crm.application.opportunity.OpportunityRepositoryContract;

class PostgresOpportunityRepositoryTest extends OpportunityRepositoryContract {
    @Override
    protected OpportunityRepository createOpportunityRepository() {
        return new PostgresOpportunityRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
