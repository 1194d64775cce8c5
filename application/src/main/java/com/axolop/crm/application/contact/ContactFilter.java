package com.axolop.crm.application.contact;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.SearchFilter;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.TagFilter;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;

/**
 * Narrows a contact list or export; null means any. The range applies to created_at; the search matches
 * first and last name, email, company and job title; a contact matches the tags when it carries every one.
 */
public record ContactFilter(Id<Lead> leadId, UserId owner, DateRange created, SearchText search, Tags tags)
        implements SearchFilter, TagFilter {
    public ContactFilter {
        created = created == null ? DateRange.ALL : created;
        tags = tags == null ? Tags.NONE : tags;
    }

    /** Any tags. */
    public ContactFilter(Id<Lead> leadId, UserId owner, DateRange created, SearchText search) {
        this(leadId, owner, created, search, Tags.NONE);
    }
}
