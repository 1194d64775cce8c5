package com.axolop.crm.adapter.postgres.lead;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.lead.LeadRepository;
import com.axolop.crm.application.lead.LeadRepositoryContract;

class PostgresLeadRepositoryTest extends LeadRepositoryContract {
    @Override
    protected LeadRepository createLeadRepository() {
        return new PostgresLeadRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
