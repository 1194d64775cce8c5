package com.axolop.crm.application.opportunity;

import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.opportunity.OpportunityEvent;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Opportunities: the lead and contact they name must exist in the workspace; the stage rules are the domain's. */
public class OpportunityService
        extends RecordService<Opportunity, OpportunityDetails, OpportunityFilter, OpportunitySortField>
        implements ManageOpportunitiesUseCase {
    public static final RecordKind<Opportunity> KIND = new RecordKind<>("opportunity", "opportunity",
            "Opportunity not found", OpportunitySnapshot::of, OpportunityService::eventDetails);

    public OpportunityService(OpportunityRepository opportunities, RecordWritePorts ports) {
        super(opportunities, KIND, ports);
    }

    @Override
    protected Change<Opportunity> created(Id<Opportunity> id, Actor actor, OpportunityDetails details, Instant now) {
        return Opportunity.create(id, actor.workspace(), details, actor.user(), now);
    }

    @Override
    protected void checkWrite(Opportunity opportunity, Opportunity previous) {
        requireExisting(opportunity, previous, "lead_id", "lead", o -> o.details().leadId());
        requireExisting(opportunity, previous, "contact_id", "contact", o -> o.details().contactId());
    }

    // opportunity.stage_changed says from which stage to which.
    private static Map<String, Object> eventDetails(RecordEvent<Opportunity> event) {
        var details = new LinkedHashMap<String, Object>();
        if (event instanceof OpportunityEvent.StageChanged changed) {
            details.put("from", changed.from().name());
            details.put("to", changed.to().name());
        }
        return details;
    }
}
