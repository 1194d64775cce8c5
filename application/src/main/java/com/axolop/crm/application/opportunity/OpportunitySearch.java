package com.axolop.crm.application.opportunity;

import com.axolop.crm.application.search.SearchSource;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;

/** Opportunities among search hits: titled by name, with stage and value below. */
public final class OpportunitySearch {
    private OpportunitySearch() {
    }

    public static SearchSource<Opportunity> source(OpportunityRepository opportunities) {
        return SearchSource.of("opportunities", opportunities, OpportunityService.KIND,
                opportunity -> opportunity.details().name(), OpportunitySearch::subtitle);
    }

    private static String subtitle(Opportunity opportunity) {
        OpportunityDetails d = opportunity.details();
        return SearchSource.joined(" · ", d.stage().name(),
                d.value() == null ? null : d.value().value().toPlainString() + " " + d.currency().value());
    }
}
