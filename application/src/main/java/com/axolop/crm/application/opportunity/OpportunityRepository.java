package com.axolop.crm.application.opportunity;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.opportunity.Opportunity;

public interface OpportunityRepository
        extends RecordRepository<Opportunity, OpportunityFilter, OpportunitySortField> {
}
