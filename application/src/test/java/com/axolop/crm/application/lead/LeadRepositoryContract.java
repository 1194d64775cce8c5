package com.axolop.crm.application.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LeadRepository} must do; extended once for the fake and once for PostgreSQL. */
public abstract class LeadRepositoryContract {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    protected LeadRepository repository;
    private WorkspaceId workspace;

    protected abstract LeadRepository createRepository();

    @BeforeEach
    void setUpContract() {
        repository = createRepository();
        workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    }

    @Test
    void storesALeadAndFindsItById() {
        Lead lead = lead("Acme", LeadStatus.NEW, LeadType.B2B_COMPANY, T0);
        repository.insert(lead);

        assertThat(repository.findById(workspace, lead.id())).contains(lead);
    }

    @Test
    void doesNotFindALeadOfAnotherWorkspace() {
        Lead lead = lead("Acme", LeadStatus.NEW, LeadType.B2B_COMPANY, T0);
        repository.insert(lead);

        assertThat(repository.findById(new WorkspaceId("other-" + UUID.randomUUID()), lead.id())).isEmpty();
        assertThat(repository.findByIdForUpdate(new WorkspaceId("other-" + UUID.randomUUID()), lead.id())).isEmpty();
    }

    @Test
    void findsTheMostRecentlyUpdatedLeadWithAnEmailWhateverItsCase() {
        Lead older = withEmail(lead("Old", LeadStatus.NEW, null, T0), "Jane@Acme.com");
        Lead newer = withEmail(lead("New", LeadStatus.NEW, null, T0.plusSeconds(60)), "jane@acme.com");
        repository.insert(older);
        repository.insert(newer);

        assertThat(repository.findByEmail(workspace, new EmailAddress("JANE@acme.com"))).contains(newer);
        assertThat(repository.findByEmail(workspace, new EmailAddress("other@acme.com"))).isEmpty();
        assertThat(repository.findByEmail(new WorkspaceId("other-" + UUID.randomUUID()),
                new EmailAddress("jane@acme.com"))).isEmpty();
    }

    private static Lead withEmail(Lead lead, String email) {
        var d = lead.details();
        return new Lead(lead.id(), lead.workspaceId(), new LeadDetails(d.name(),
                new EmailAddress(email), d.phone(), d.company(), d.type(), d.status(), d.value(), d.currency(),
                d.source(), d.notes(), d.tags(), d.customFields(), d.assignedTo()), lead.revision());
    }

    @Test
    void storesTheNextVersionOfALead() {
        Lead lead = lead("Acme", LeadStatus.NEW, LeadType.B2B_COMPANY, T0);
        repository.insert(lead);
        Lead updated = lead.update(lead.details().withStatus(LeadStatus.QUALIFIED), T0.plusSeconds(5)).record();

        repository.update(updated);

        assertThat(repository.findById(workspace, lead.id())).contains(updated);
    }

    @Test
    void deletesALead() {
        Lead lead = lead("Acme", LeadStatus.NEW, LeadType.B2B_COMPANY, T0);
        repository.insert(lead);

        repository.delete(lead);

        assertThat(repository.findById(workspace, lead.id())).isEmpty();
    }

    @Test
    void listsOnlyMatchingLeadsOfTheWorkspaceWithTheirTotal() {
        repository.insert(lead("A", LeadStatus.NEW, LeadType.B2B_COMPANY, T0));
        repository.insert(lead("B", LeadStatus.QUALIFIED, LeadType.B2B_COMPANY, T0.plusSeconds(1)));
        repository.insert(lead("C", LeadStatus.NEW, LeadType.PARTNER, T0.plusSeconds(2)));
        repository.insert(lead("D", LeadStatus.NEW, LeadType.B2B_COMPANY, T0.plusSeconds(3)));
        Lead foreign = new Lead(Id.newId(), new WorkspaceId("other-" + UUID.randomUUID()),
                TestLeads.details("E"), new Revision(new UserId("u"), T0, T0, 1));
        repository.insert(foreign);

        Page<Lead> page = repository.list(workspace, query(
                new LeadFilter(LeadStatus.NEW, LeadType.B2B_COMPANY, DateRange.ALL, null), LeadSortField.NAME,
                Sort.Direction.ASC, 1, 20));

        assertThat(names(page.items())).containsExactly("A", "D");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void totalsFollowInsertsUpdatesAndDeletes() {
        Lead first = lead("A", LeadStatus.NEW, LeadType.PARTNER, T0);
        Lead second = lead("B", LeadStatus.NEW, null, T0.plusSeconds(1));
        repository.insert(first);
        repository.insert(second);
        repository.update(first.update(first.details().withStatus(LeadStatus.LOST), T0.plusSeconds(9)).record());
        repository.delete(second);

        assertThat(total(new LeadFilter(null, null, DateRange.ALL, null))).isEqualTo(1);
        assertThat(total(new LeadFilter(LeadStatus.NEW, null, DateRange.ALL, null))).isZero();
        assertThat(total(new LeadFilter(LeadStatus.LOST, LeadType.PARTNER, DateRange.ALL, null))).isEqualTo(1);
        assertThat(total(new LeadFilter(LeadStatus.LOST, null, new DateRange(T0, T0.plusSeconds(1)), null))).isEqualTo(1);
    }

    @Test
    void filtersByCreationDateRangeIncludingStartAndExcludingEnd() {
        repository.insert(lead("before", LeadStatus.NEW, null, T0.minus(1, ChronoUnit.DAYS)));
        repository.insert(lead("start", LeadStatus.NEW, null, T0));
        repository.insert(lead("inside", LeadStatus.NEW, null, T0.plus(5, ChronoUnit.HOURS)));
        repository.insert(lead("end", LeadStatus.NEW, null, T0.plus(1, ChronoUnit.DAYS)));

        Page<Lead> page = repository.list(workspace, query(
                new LeadFilter(null, null, new DateRange(T0, T0.plus(1, ChronoUnit.DAYS)), null),
                LeadSortField.CREATED_AT, Sort.Direction.ASC, 1, 20));

        assertThat(names(page.items())).containsExactly("start", "inside");
    }

    @Test
    void sortsAndPaginates() {
        for (int i = 0; i < 5; i++) {
            repository.insert(lead("lead-" + i, LeadStatus.NEW, null, T0.plusSeconds(i)));
        }

        Page<Lead> second = repository.list(workspace, query(LeadFilter.NONE, LeadSortField.CREATED_AT,
                Sort.Direction.DESC, 2, 2));

        assertThat(names(second.items())).containsExactly("lead-2", "lead-1");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    @Test
    void streamsEveryMatchingLeadInOrder() {
        for (int i = 0; i < 7; i++) {
            repository.insert(lead("lead-" + i, i % 2 == 0 ? LeadStatus.NEW : LeadStatus.LOST, null, T0.plusSeconds(i)));
        }
        List<String> seen = new ArrayList<>();

        long count = repository.forEach(workspace, new LeadFilter(LeadStatus.NEW, null, DateRange.ALL, null),
                new Sort<>(LeadSortField.CREATED_AT, Sort.Direction.ASC), lead -> seen.add(lead.details().name().value()));

        assertThat(count).isEqualTo(4);
        assertThat(seen).containsExactly("lead-0", "lead-2", "lead-4", "lead-6");
    }

    @Test
    void findsTheLeadsOfSeveralIdsInTheWorkspaceOnly() {
        Lead first = lead("A", LeadStatus.NEW, null, T0);
        Lead second = lead("B", LeadStatus.NEW, null, T0);
        Lead foreign = new Lead(Id.newId(), new WorkspaceId("other-" + UUID.randomUUID()),
                TestLeads.details("C"), new Revision(new UserId("u"), T0, T0, 1));
        List.of(first, second, foreign).forEach(repository::insert);

        assertThat(repository.findAll(workspace, List.of(first.id(), second.id(), foreign.id(), Id.newId())))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aSearchKeepsTheLeadsNamingTheTextAndRanksANameMatchAboveANotesMatch() {
        repository.insert(searchable("Globex Ltd", "signed with Initech last year"));
        repository.insert(searchable("Initech", null));
        repository.insert(searchable("Hooli", "nothing to see"));

        Page<Lead> page = repository.list(workspace, new ListQuery<>(searchFor("initech"), Sort.<LeadSortField>relevance(),
                new PageRequest(1, 20)));

        assertThat(names(page.items())).containsExactly("Initech", "Globex Ltd");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void aSearchFindsPartOfANameAndHonoursAnAskedForSort() {
        repository.insert(searchable("Acme Corp", null));
        repository.insert(searchable("Acme Labs", null));
        repository.insert(searchable("Hooli", null));

        Page<Lead> page = repository.list(workspace, new ListQuery<>(searchFor("acm"),
                new Sort<>(LeadSortField.NAME, Sort.Direction.DESC), new PageRequest(1, 20)));

        assertThat(names(page.items())).containsExactly("Acme Labs", "Acme Corp");
    }

    private static LeadFilter searchFor(String text) {
        return new LeadFilter(null, null, DateRange.ALL, new SearchText(text));
    }

    private Lead searchable(String name, String notes) {
        LeadDetails d = TestLeads.details(name);
        var details = new LeadDetails(d.name(), null, d.phone(), null, d.type(), d.status(), d.value(),
                d.currency(), d.source(), notes, d.tags(), d.customFields(), d.assignedTo());
        return new Lead(Id.newId(), workspace, details, new Revision(new UserId("creator"), T0, T0, 1));
    }

    private long total(LeadFilter filter) {
        return repository.list(workspace, query(filter, LeadSortField.CREATED_AT, Sort.Direction.DESC, 1, 1)).total();
    }

    private Lead lead(String name, LeadStatus status, LeadType type, Instant createdAt) {
        var details = TestLeads.withType(TestLeads.details(name).withStatus(status), type);
        return new Lead(Id.newId(), workspace, details, new Revision(new UserId("creator"), createdAt, createdAt, 1));
    }

    private static ListQuery<LeadFilter, LeadSortField> query(LeadFilter filter, LeadSortField field, Sort.Direction direction, int page,
                                   int limit) {
        return new ListQuery<>(filter, new Sort<>(field, direction), new PageRequest(page, limit));
    }

    private static List<String> names(List<Lead> leads) {
        return leads.stream().map(lead -> lead.details().name().value()).toList();
    }
}
