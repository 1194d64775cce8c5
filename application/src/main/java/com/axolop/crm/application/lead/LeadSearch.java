package com.axolop.crm.application.lead;

import com.axolop.crm.application.search.SearchSource;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.shared.Id;

/** Leads among search hits: titled by name, with email and company below. */
public final class LeadSearch {
    private LeadSearch() {
    }

    public static SearchSource<Lead> source(LeadRepository leads) {
        return new SearchSource<>("leads", "lead",
                (workspace, ids) -> leads.findAll(workspace, ids.stream().map(id -> new Id<Lead>(id)).toList()),
                lead -> lead.id().value(), lead -> lead.details().name().value(), LeadSearch::subtitle,
                LeadSnapshot::of);
    }

    private static String subtitle(Lead lead) {
        LeadDetails d = lead.details();
        return SearchSource.joined(" · ", d.email() == null ? null : d.email().value(), d.company());
    }
}
