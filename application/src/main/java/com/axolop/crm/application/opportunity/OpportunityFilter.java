package com.axolop.crm.application.opportunity;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.SearchFilter;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.UserId;
import java.time.LocalDate;

/**
 * Narrows an opportunity list or export; null means any. The value and expected-close bounds are
 * inclusive; {@code created} applies to created_at; {@code search} (q) matches name and lost reason.
 */
public record OpportunityFilter(OpportunityStage stage,
                                MonetaryAmount minValue,
                                MonetaryAmount maxValue,
                                LocalDate closeFrom,
                                LocalDate closeTo,
                                Id<Lead> leadId,
                                Id<Contact> contactId,
                                UserId owner,
                                DateRange created,
                                SearchText search) implements SearchFilter {
    public static final OpportunityFilter NONE =
            new OpportunityFilter(null, null, null, null, null, null, null, null, DateRange.ALL, null);

    public OpportunityFilter {
        created = created == null ? DateRange.ALL : created;
    }
}
