package com.axolop.crm.application.opportunity;

import static com.axolop.crm.application.opportunity.TestOpportunities.amount;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link OpportunityRepository} does besides the generic record behaviour: its filters. */
public abstract class OpportunityRepositoryContract
        extends RecordRepositoryContract<Opportunity, OpportunityFilter, OpportunitySortField> {
    private static final UserId CREATOR = new UserId("creator");
    private static final LocalDate JUNE_1 = LocalDate.parse("2024-06-01");

    protected abstract OpportunityRepository createOpportunityRepository();

    @Override
    protected final RecordRepository<Opportunity, OpportunityFilter, OpportunitySortField> createRepository() {
        return createOpportunityRepository();
    }

    @Override
    protected Opportunity newRecord(Id<Opportunity> id, WorkspaceId workspace) {
        return opportunity(id, workspace, TestOpportunities.details("Acme renewal", Id.newId()), T0);
    }

    /** Won: the next version is closed, with its closing time. */
    @Override
    protected Opportunity nextVersion(Opportunity opportunity) {
        Instant now = opportunity.revision().updatedAt().plusSeconds(60);
        OpportunityDetails won = TestOpportunities.withStage(
                TestOpportunities.withValue(opportunity.details(), amount("61000.50")), OpportunityStage.CLOSED_WON);
        return new Opportunity(opportunity.id(), opportunity.workspaceId(), won, now, opportunity.revision().next(now));
    }

    @Override
    protected OpportunityFilter everything() {
        return OpportunityFilter.NONE;
    }

    @Override
    protected Class<OpportunitySortField> sortFields() {
        return OpportunitySortField.class;
    }

    @Override
    protected Set<OpportunitySortField> optionalSortFields() {
        return EnumSet.of(OpportunitySortField.VALUE, OpportunitySortField.EXPECTED_CLOSE_DATE);
    }

    /**
     * Stages by rank are PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION: the pipeline's order, which is not
     * their alphabetical one.
     */
    @Override
    protected Opportunity ranked(Id<Opportunity> id, WorkspaceId workspace, OpportunitySortField field,
                                 Integer rank) {
        OpportunityDetails d = TestOpportunities.details("Acme renewal", Id.newId());
        Revision revision = Revision.first(CREATOR, T0);
        switch (field) {
            case CREATED_AT -> revision = Revision.first(CREATOR, T0.plusSeconds(rank));
            case UPDATED_AT -> revision = new Revision(CREATOR, T0, T0.plusSeconds(rank), 1);
            case NAME -> d = TestOpportunities.withName(d, "rank" + (char) ('a' + rank));
            case VALUE -> d = TestOpportunities.withValue(d, rank == null ? null : amount(rank * 900 + 99 + ".50"));
            case EXPECTED_CLOSE_DATE -> d = TestOpportunities.withCloseDate(d,
                    rank == null ? null : JUNE_1.plusDays(rank * 40L));
            case STAGE -> d = TestOpportunities.withStage(d, OpportunityStage.values()[rank]);
        }
        return new Opportunity(id, workspace, d, null, revision);
    }

    private Opportunity stored(OpportunityDetails details) {
        return stored(details, T0);
    }

    private Opportunity stored(OpportunityDetails details, Instant createdAt) {
        return stored(opportunity(Id.newId(), workspace, details, createdAt));
    }

    private static Opportunity opportunity(Id<Opportunity> id, WorkspaceId workspace, OpportunityDetails details,
                                           Instant createdAt) {
        return new Opportunity(id, workspace, details, details.stage().isClosed() ? createdAt : null,
                Revision.first(CREATOR, createdAt));
    }

    private static OpportunityDetails named(String name) {
        return TestOpportunities.details(name, Id.newId());
    }

    private static OpportunityFilter filter(OpportunityStage stage, MonetaryAmount min, MonetaryAmount max,
                                            LocalDate closeFrom, LocalDate closeTo) {
        return new OpportunityFilter(stage, min, max, closeFrom, closeTo, null, null, null, DateRange.ALL, null);
    }

    @Test
    void filtersByStage() {
        Opportunity negotiating = stored(TestOpportunities.withStage(named("a"), OpportunityStage.NEGOTIATION));
        stored(TestOpportunities.withStage(named("b"), OpportunityStage.PROPOSAL));
        Opportunity won = stored(TestOpportunities.withStage(named("c"), OpportunityStage.CLOSED_WON));

        assertThat(listed(filter(OpportunityStage.NEGOTIATION, null, null, null, null))).containsExactly(negotiating);
        assertThat(listed(filter(OpportunityStage.CLOSED_WON, null, null, null, null))).containsExactly(won);
    }

    @Test
    void filtersByAValueRangeIncludingBothBoundsAndLeavingOutDealsWithoutAValue() {
        Opportunity below = stored(TestOpportunities.withValue(named("below"), amount("999.99")), T0);
        Opportunity atMin = stored(TestOpportunities.withValue(named("min"), amount("1000")), T0.plusSeconds(1));
        Opportunity atMax = stored(TestOpportunities.withValue(named("max"), amount("5000")), T0.plusSeconds(2));
        Opportunity above = stored(TestOpportunities.withValue(named("above"), amount("5000.01")), T0.plusSeconds(3));
        stored(TestOpportunities.withValue(named("none"), null), T0.plusSeconds(4));

        assertThat(listed(filter(null, amount("1000"), amount("5000"), null, null))).containsExactly(atMin, atMax);
        assertThat(listed(filter(null, amount("5000"), null, null, null))).containsExactly(atMax, above);
        assertThat(listed(filter(null, null, amount("999.99"), null, null))).containsExactly(below);
    }

    @Test
    void filtersByAnExpectedCloseDateRangeIncludingBothBoundsAndLeavingOutDealsWithoutADate() {
        LocalDate from = LocalDate.parse("2024-07-01");
        LocalDate to = LocalDate.parse("2024-07-31");
        stored(TestOpportunities.withCloseDate(named("june"), from.minusDays(1)), T0);
        Opportunity first = stored(TestOpportunities.withCloseDate(named("first"), from), T0.plusSeconds(1));
        Opportunity last = stored(TestOpportunities.withCloseDate(named("last"), to), T0.plusSeconds(2));
        stored(TestOpportunities.withCloseDate(named("august"), to.plusDays(1)), T0.plusSeconds(3));
        stored(TestOpportunities.withCloseDate(named("undated"), null), T0.plusSeconds(4));

        assertThat(listed(filter(null, null, null, from, to))).containsExactly(first, last);
    }

    @Test
    void filtersByLeadContactAndOwner() {
        Id<Lead> lead = Id.newId();
        Id<Contact> contact = Id.newId();
        UserId rep = new UserId("rep-7");
        Opportunity ofLead = stored(TestOpportunities.details("lead deal", lead), T0);
        Opportunity ofBoth = stored(TestOpportunities.details("both", lead).about(lead, contact), T0.plusSeconds(1));
        Opportunity owned = stored(TestOpportunities.withOwner(named("owned"), rep), T0.plusSeconds(2));
        stored(named("other"), T0.plusSeconds(3));

        assertThat(listed(new OpportunityFilter(null, null, null, null, null, lead, null, null, DateRange.ALL, null)))
                .containsExactly(ofLead, ofBoth);
        assertThat(listed(new OpportunityFilter(null, null, null, null, null, null, contact, null, DateRange.ALL,
                null))).containsExactly(ofBoth);
        assertThat(listed(new OpportunityFilter(null, null, null, null, null, null, null, rep, DateRange.ALL, null)))
                .containsExactly(owned);
    }

    @Test
    void filtersByCreationTimeIncludingTheStartAndExcludingTheEnd() {
        stored(named("before"), T0.minusSeconds(1));
        Opportunity atStart = stored(named("start"), T0);
        stored(named("end"), T0.plusSeconds(60));

        assertThat(listed(new OpportunityFilter(null, null, null, null, null, null, null, null,
                new DateRange(T0, T0.plusSeconds(60)), null))).containsExactly(atStart);
    }

    @Test
    void aSearchFindsPartOfTheNameAndWordsOfTheLostReason() {
        Opportunity named = stored(named("Globex expansion"), T0);
        Opportunity lost = stored(TestOpportunities.withLostReason(named("Renewal"), "went with globex instead"),
                T0.plusSeconds(1));
        stored(TestOpportunities.withLostReason(named("Initech"), "budget cut"), T0.plusSeconds(2));

        assertThat(listed(searchFor("globex"))).containsExactly(named, lost);
        assertThat(listed(searchFor("expan"))).containsExactly(named);
    }

    @Test
    void aSearchRanksAMatchInTheNameAboveOneInTheLostReason() {
        Opportunity lost = stored(TestOpportunities.withLostReason(named("Renewal"), "went with globex instead"), T0);
        Opportunity named = stored(named("Globex expansion"), T0.plusSeconds(1));

        var page = repository.list(workspace, query(searchFor("globex"), Sort.relevance(), 1, 20));

        assertThat(page.items()).containsExactly(named, lost);
    }

    private static OpportunityFilter searchFor(String text) {
        return new OpportunityFilter(null, null, null, null, null, null, null, null, DateRange.ALL,
                new SearchText(text));
    }
}
