package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.SearchFilter;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.TagFilter;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.Tags;

/**
 * Narrows a lead list or export; null status, type or search means any. The range applies to created_at;
 * the search matches name, email, company and notes; a lead matches the tags when it carries every one.
 */
public record LeadFilter(LeadStatus status, LeadType type, DateRange created, SearchText search, Tags tags)
        implements SearchFilter, TagFilter {
    public static final LeadFilter NONE = new LeadFilter(null, null, DateRange.ALL, null);

    public LeadFilter {
        created = created == null ? DateRange.ALL : created;
        tags = tags == null ? Tags.NONE : tags;
    }

    /** Any tags. */
    public LeadFilter(LeadStatus status, LeadType type, DateRange created, SearchText search) {
        this(status, type, created, search, Tags.NONE);
    }
}
