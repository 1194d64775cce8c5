package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;

/** Narrows a lead list or export; null status or type means any. The range applies to created_at. */
public record LeadFilter(LeadStatus status, LeadType type, DateRange created) {
    public static final LeadFilter NONE = new LeadFilter(null, null, DateRange.ALL);

    public LeadFilter {
        created = created == null ? DateRange.ALL : created;
    }
}
