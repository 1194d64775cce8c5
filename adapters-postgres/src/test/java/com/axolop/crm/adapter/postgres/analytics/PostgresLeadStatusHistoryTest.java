package com.axolop.crm.adapter.postgres.analytics;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.analytics.LeadStatusHistory;
import com.axolop.crm.application.analytics.LeadStatusHistoryContract;

class PostgresLeadStatusHistoryTest extends LeadStatusHistoryContract {
    @Override
    protected LeadStatusHistory createHistory() {
        return new PostgresLeadStatusHistory(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
