package com.axolop.crm.application.opportunity;

import com.axolop.crm.application.record.Snapshots;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published shape of an opportunity: API responses and the {@code opportunity} of its events. */
public final class OpportunitySnapshot {
    private OpportunitySnapshot() {
    }

    public static Map<String, Object> of(Opportunity opportunity) {
        Map<String, Object> fields = details(opportunity.details());
        fields.put("closed_at", opportunity.closedAt() == null ? null : opportunity.closedAt().toString());
        return Snapshots.record(opportunity, fields);
    }

    /** The fields a client sets, as a request body would carry them. */
    public static Map<String, Object> details(OpportunityDetails d) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", d.name());
        map.put("lead_id", d.leadId() == null ? null : d.leadId().toString());
        map.put("contact_id", d.contactId() == null ? null : d.contactId().toString());
        map.put("value", d.value() == null ? null : d.value().value());
        map.put("currency", d.currency().value());
        map.put("stage", d.stage().name());
        map.put("probability", d.probability() == null ? null : d.probability().percent());
        map.put("expected_close_date", d.expectedCloseDate() == null ? null : d.expectedCloseDate().toString());
        map.put("lost_reason", d.lostReason());
        map.put("tags", d.tags().values());
        map.put("custom_fields", d.customFields());
        map.put("owner", d.owner() == null ? null : d.owner().value());
        return map;
    }
}
