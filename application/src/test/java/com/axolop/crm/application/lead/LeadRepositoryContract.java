package com.axolop.crm.application.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LeadRepository} must do: the record contract, then the lead's own filters, the upsert lookup
 * by email, totals that follow every write (the store keeps them apart from the rows) and search.
 */
public abstract class LeadRepositoryContract extends RecordRepositoryContract<Lead, LeadFilter, LeadSortField> {
    private static final LeadFilter ALL = new LeadFilter(null, null, DateRange.ALL, null);
    private static final UserId CREATOR = new UserId("creator");

    protected LeadRepository leads;

    protected abstract LeadRepository createLeadRepository();

    @Override
    protected final RecordRepository<Lead, LeadFilter, LeadSortField> createRepository() {
        leads = createLeadRepository();
        return leads;
    }

    @Override
    protected Lead newRecord(Id<Lead> id, WorkspaceId workspace) {
        return new Lead(id, workspace, TestLeads.details("Acme"), Revision.first(CREATOR, T0));
    }

    @Override
    protected Lead nextVersion(Lead lead) {
        return new Lead(lead.id(), lead.workspaceId(), lead.details().withStatus(LeadStatus.QUALIFIED),
                lead.revision().next(lead.revision().updatedAt().plusSeconds(60)));
    }

    @Override
    protected LeadFilter everything() {
        return ALL;
    }

    @Override
    protected Class<LeadSortField> sortFields() {
        return LeadSortField.class;
    }

    @Override
    protected Set<LeadSortField> optionalSortFields() {
        return EnumSet.of(LeadSortField.VALUE);
    }

    @Override
    protected Lead ranked(Id<Lead> id, WorkspaceId workspace, LeadSortField field, Integer rank) {
        LeadDetails d = TestLeads.details("Acme");
        Revision revision = Revision.first(CREATOR, T0);
        switch (field) {
            case CREATED_AT -> revision = Revision.first(CREATOR, T0.plusSeconds(rank));
            case UPDATED_AT -> revision = new Revision(CREATOR, T0, T0.plusSeconds(rank), 1);
            case NAME -> d = withName(d, "rank" + (char) ('a' + rank));
            case VALUE -> d = withValue(d, rank == null ? null : new MonetaryAmount(new BigDecimal(rank * 100)));
            case STATUS -> d = d.withStatus(List.of(LeadStatus.CONTACTED, LeadStatus.LOST, LeadStatus.NEW,
                    LeadStatus.QUALIFIED, LeadStatus.UNQUALIFIED).get(rank));
        }
        return new Lead(id, workspace, d, revision);
    }

    @Test
    void findsTheMostRecentlyUpdatedLeadWithAnEmailWhateverItsCase() {
        Lead older = withEmail(lead("Old", LeadStatus.NEW, null, T0), "Jane@Acme.com");
        Lead newer = withEmail(lead("New", LeadStatus.NEW, null, T0.plusSeconds(60)), "jane@acme.com");
        repository.insert(older);
        repository.insert(newer);

        assertThat(leads.findByEmail(workspace, new EmailAddress("JANE@acme.com"))).contains(newer);
        assertThat(leads.findByEmail(workspace, new EmailAddress("other@acme.com"))).isEmpty();
        assertThat(leads.findByEmail(newWorkspace(),
                new EmailAddress("jane@acme.com"))).isEmpty();
    }

    @Test
    void findsTheMostRecentlyUpdatedLeadOfEachEmailInOneLookUp() {
        Lead older = withEmail(lead("Old", LeadStatus.NEW, null, T0), "Jane@Acme.com");
        Lead newer = withEmail(lead("New", LeadStatus.NEW, null, T0.plusSeconds(60)), "jane@acme.com");
        Lead john = withEmail(lead("John", LeadStatus.NEW, null, T0), "john@acme.com");
        repository.insertAll(List.of(older, newer, john));
        repository.insert(withEmail(new Lead(Id.newId(), newWorkspace(), TestLeads.details("Foreign"),
                Revision.first(CREATOR, T0)), "amy@acme.com"));

        assertThat(leads.findByEmails(workspace, List.of(new EmailAddress("JANE@acme.com"),
                new EmailAddress("john@ACME.com"), new EmailAddress("amy@acme.com"))))
                .isEqualTo(Map.of("jane@acme.com", newer, "john@acme.com", john));
    }

    @Test
    void listsOnlyMatchingLeadsOfTheWorkspaceWithTheirTotal() {
        repository.insert(lead("A", LeadStatus.NEW, LeadType.B2B_COMPANY, T0));
        repository.insert(lead("B", LeadStatus.QUALIFIED, LeadType.B2B_COMPANY, T0.plusSeconds(1)));
        repository.insert(lead("C", LeadStatus.NEW, LeadType.PARTNER, T0.plusSeconds(2)));
        repository.insert(lead("D", LeadStatus.NEW, LeadType.B2B_COMPANY, T0.plusSeconds(3)));
        Lead foreign = new Lead(Id.newId(), newWorkspace(),
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

    @Test
    void filtersByTagsToLeadsCarryingEveryOneWithTheirTotal() {
        Lead both = new Lead(Id.newId(), workspace, TestLeads.withTags(TestLeads.details("Both"), "vip", "eu", "x"),
                Revision.first(CREATOR, T0));
        repository.insert(both);
        repository.insert(new Lead(Id.newId(), workspace, TestLeads.withTags(TestLeads.details("One"), "vip"),
                Revision.first(CREATOR, T0)));
        repository.insert(new Lead(Id.newId(), newWorkspace(), TestLeads.withTags(TestLeads.details("Foreign"),
                "vip", "eu"), Revision.first(CREATOR, T0)));
        var vipInEu = new LeadFilter(null, null, DateRange.ALL, null, new Tags(List.of("eu", "vip")));

        Page<Lead> page = repository.list(workspace, query(vipInEu, LeadSortField.NAME, Sort.Direction.ASC, 1, 20));

        assertThat(page.items()).containsExactly(both);
        assertThat(page.total()).isEqualTo(1);
    }

    private static LeadFilter searchFor(String text) {
        return new LeadFilter(null, null, DateRange.ALL, new SearchText(text));
    }

    private Lead searchable(String name, String notes) {
        LeadDetails d = TestLeads.details(name);
        var details = new LeadDetails(d.name(), null, d.phone(), null, d.type(), d.status(), d.value(),
                d.currency(), d.source(), notes, d.tags(), d.customFields(), d.assignedTo());
        return new Lead(Id.newId(), workspace, details, Revision.first(CREATOR, T0));
    }

    private long total(LeadFilter filter) {
        return repository.list(workspace, query(filter, LeadSortField.CREATED_AT, Sort.Direction.DESC, 1, 1)).total();
    }

    private Lead lead(String name, LeadStatus status, LeadType type, Instant createdAt) {
        return lead(workspace, name, status, type, createdAt);
    }

    private static Lead lead(WorkspaceId workspace, String name, LeadStatus status, LeadType type, Instant createdAt) {
        var details = TestLeads.withType(TestLeads.details(name).withStatus(status), type);
        return new Lead(Id.newId(), workspace, details, Revision.first(CREATOR, createdAt));
    }

    private static Lead withEmail(Lead lead, String email) {
        var d = lead.details();
        return new Lead(lead.id(), lead.workspaceId(), new LeadDetails(d.name(), new EmailAddress(email), d.phone(),
                d.company(), d.type(), d.status(), d.value(), d.currency(), d.source(), d.notes(), d.tags(),
                d.customFields(), d.assignedTo()), lead.revision());
    }

    private ListQuery<LeadFilter, LeadSortField> query(LeadFilter filter, LeadSortField field,
                                                       Sort.Direction direction, int page, int limit) {
        return query(filter, new Sort<>(field, direction), page, limit);
    }

    private static List<String> names(List<Lead> leads) {
        return leads.stream().map(lead -> lead.details().name().value()).toList();
    }

    private static LeadDetails withName(LeadDetails d, String name) {
        return new LeadDetails(new LeadName(name), d.email(), d.phone(), d.company(), d.type(), d.status(), d.value(),
                d.currency(), d.source(), d.notes(), d.tags(), d.customFields(), d.assignedTo());
    }

    private static LeadDetails withValue(LeadDetails d, MonetaryAmount value) {
        return new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(), value,
                d.currency(), d.source(), d.notes(), d.tags(), d.customFields(), d.assignedTo());
    }
}
