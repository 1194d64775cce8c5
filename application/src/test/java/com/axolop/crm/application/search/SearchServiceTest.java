package com.axolop.crm.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.lead.InMemoryLeadRepository;
import com.axolop.crm.application.lead.LeadSearch;
import com.axolop.crm.application.lead.LeadSnapshot;
import com.axolop.crm.application.lead.TestLeads;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchServiceTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private final Actor member = TestActors.member("acme");
    private final InMemoryLeadRepository leads = new InMemoryLeadRepository();
    private final UUID note = UUID.randomUUID();
    /** A second type: notes held as plain ids, titled by their id. */
    private final SearchSource<UUID> notes = new SearchSource<>("notes", "note",
            (workspace, ids) -> ids.stream().filter(note::equals).toList(), id -> id, UUID::toString,
            id -> null, id -> Map.of("id", id.toString()));

    @Test
    void keepsTheIndexOrderAcrossTypesAndShowsEachRecord() {
        Lead lead = lead("Acme Corp");
        SearchService search = service(List.of(new SearchMatch("notes", note, 2.5),
                new SearchMatch("leads", lead.id().value(), 1.25)));

        Page<SearchHit> page = search.search(member, query(List.of("leads", "notes")));

        assertThat(page.items()).containsExactly(
                new SearchHit("note", note.toString(), note.toString(), null, 2.5, Map.of("id", note.toString())),
                new SearchHit("lead", lead.id().toString(), "Acme Corp", "contact@acme.com · Acme", 1.25,
                        LeadSnapshot.of(lead)));
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void leavesOutAMatchWhoseRecordIsGoneButKeepsTheTotal() {
        Lead lead = lead("Acme Corp");
        SearchService search = service(List.of(new SearchMatch("leads", UUID.randomUUID(), 3),
                new SearchMatch("leads", lead.id().value(), 1)));

        Page<SearchHit> page = search.search(member, query(List.of("leads")));

        assertThat(page.items()).extracting(SearchHit::id).containsExactly(lead.id().toString());
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void refusesATypeItDoesNotSearch() {
        SearchService search = service(List.of());

        assertThat(search.types()).containsExactly("leads", "notes");
        assertThatThrownBy(() -> search.search(member, query(List.of("leads", "deals"))))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("types must be a comma-separated list of: leads, notes");
    }

    private SearchService service(List<SearchMatch> matches) {
        SearchIndex index = (workspace, text, types, page) -> new Page<>(matches, page, matches.size());
        return new SearchService(index, List.of(LeadSearch.source(leads), notes));
    }

    private Lead lead(String name) {
        Lead lead = new Lead(Id.newId(), member.workspace(), TestLeads.details(name), new Revision(new UserId("u"), T0, T0, 1));
        leads.insert(lead);
        return lead;
    }

    private static SearchQuery query(List<String> types) {
        return new SearchQuery(new SearchText("acme"), types, new PageRequest(1, 20));
    }
}
