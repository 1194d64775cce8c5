package com.axolop.crm.application.analytics;

class InMemoryLeadStatusHistoryTest extends LeadStatusHistoryContract {
    @Override
    protected LeadStatusHistory createHistory() {
        return new InMemoryLeadStatusHistory();
    }
}
