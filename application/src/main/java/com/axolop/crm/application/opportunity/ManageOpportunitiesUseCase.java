package com.axolop.crm.application.opportunity;

import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;

public interface ManageOpportunitiesUseCase
        extends ManageRecordsUseCase<Opportunity, OpportunityDetails, OpportunityFilter, OpportunitySortField> {
}
