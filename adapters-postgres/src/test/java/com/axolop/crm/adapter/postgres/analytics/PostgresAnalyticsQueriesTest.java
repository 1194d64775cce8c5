package com.axolop.crm.adapter.postgres.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.analytics.AnalyticsQueries.ClosedDeals;
import com.axolop.crm.application.analytics.AnalyticsQueries.FunnelFigures;
import com.axolop.crm.application.analytics.AnalyticsQueries.PeriodFigures;
import com.axolop.crm.application.analytics.AnalyticsQueries.RevenueFigures;
import com.axolop.crm.application.analytics.AnalyticsQueries.SourceCount;
import com.axolop.crm.application.analytics.AnalyticsQueries.Standing;
import com.axolop.crm.application.analytics.StatusChange;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.analytics.PeriodUnit;
import com.axolop.crm.domain.analytics.ReportPeriod;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures on a hand-computed fixture: February 2024 in Berlin (leap year), [2024-01-31T23:00Z,
 * 2024-02-29T23:00Z). Rows just inside and just outside both ends, two currencies, a reopened deal, statuses
 * moving back and forth.
 */
class PostgresAnalyticsQueriesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final UserId ANN = new UserId("ann");
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresAnalyticsQueries queries = new PostgresAnalyticsQueries(db);
    private final PostgresLeadStatusHistory history = new PostgresLeadStatusHistory(db);
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    private final TestRows rows = new TestRows(db, workspace);
    private final ReportPeriod february = ReportPeriod.between(LocalDate.parse("2024-02-01"),
            LocalDate.parse("2024-02-29"), BERLIN);
    private final DateRange feb = new DateRange(february.from(), february.to());
    private UUID l1;
    private UUID l5;

    @BeforeEach
    void fixture() {
        l1 = rows.lead("CONVERTED", "web", "ann", "2024-01-31T23:30:00Z"); // 1 Feb 00:30 in Berlin: in
        rows.lead("NEW", "web", "ann", "2024-02-29T22:30:00Z");           // leap day 23:30 in Berlin: in
        rows.lead("NEW", "ads", null, "2024-02-29T23:30:00Z");            // 1 Mar 00:30 in Berlin: out
        rows.lead("LOST", null, null, "2024-01-31T22:30:00Z");            // 31 Jan 23:30 in Berlin: the period before
        l5 = rows.lead("QUALIFIED", null, "bob", "2024-02-10T10:00:00Z");
        rows.contact("ann", "2024-02-05T10:00:00Z");
        rows.contact(null, "2024-01-20T10:00:00Z");
        rows.deal(l1, "1000.10", "USD", "CLOSED_WON", 100, "ann", "2024-02-01T00:00:00Z", "2024-02-29T22:59:59Z");
        rows.deal(null, "200.00", "EUR", "CLOSED_WON", 100, "bob", "2024-02-14T12:00:00Z", "2024-02-15T12:00:00Z");
        rows.deal(null, "500.00", "USD", "CLOSED_LOST", 0, "ann", "2024-02-01T12:00:00Z", "2024-02-20T00:00:00Z");
        rows.deal(null, "999.99", "USD", "CLOSED_WON", 100, "ann", "2024-02-01T12:00:00Z", "2024-02-29T23:00:00Z");
        // Won in February, then reopened: an open deal now, neither won nor counted in revenue.
        rows.deal(null, "300.00", "USD", "PROPOSAL", 33, "ann", "2024-02-01T12:00:00Z", null);
        rows.deal(null, "100.50", "EUR", "PROSPECTING", 10, "bob", "2024-02-01T12:00:00Z", null);
        rows.deal(null, null, "USD", "NEGOTIATION", null, null, "2024-02-01T12:00:00Z", null);
        rows.activity("2024-01-31T23:00:00Z");
        rows.activity("2024-02-29T22:59:59Z");
        rows.activity("2024-02-29T23:00:00Z");
    }

    @Test
    void standingCountsEveryLeadAndTheOpenPipelinePerCurrency() {
        Standing standing = queries.standing(workspace, null);

        assertThat(standing.leads()).isEqualTo(5);
        assertThat(standing.leadsByStatus()).isEqualTo(Map.of("CONVERTED", 1L, "NEW", 2L, "LOST", 1L, "QUALIFIED", 1L));
        assertThat(standing.contacts()).isEqualTo(2);
        assertThat(standing.openDeals()).isEqualTo(3);
        assertThat(standing.pipelineValue()).containsOnlyKeys("USD", "EUR");
        assertThat(standing.pipelineValue().get("USD")).isEqualByComparingTo("300.00");
        assertThat(standing.pipelineValue().get("EUR")).isEqualByComparingTo("100.50");
        assertThat(standing.weightedPipelineValue().get("USD")).isEqualByComparingTo("99.00");
        assertThat(standing.weightedPipelineValue().get("EUR")).isEqualByComparingTo("10.05");
    }

    @Test
    void theWorkspacesPipelineTotalsFollowEveryWriteToItsDeals() {
        rows.execute("update opportunities set value = value + 0.01, probability = 50 "
                + "where workspace_id = ? and stage = 'PROPOSAL'");
        rows.execute("update opportunities set stage = 'CLOSED_LOST', closed_at = now() "
                + "where workspace_id = ? and stage = 'PROSPECTING'");
        rows.execute("update opportunities set stage = 'NEGOTIATION', closed_at = null "
                + "where workspace_id = ? and value = 999.99"); // a won deal reopened
        rows.execute("delete from opportunities where workspace_id = ? and value is null");

        Standing standing = queries.standing(workspace, null);

        assertThat(standing.openDeals()).isEqualTo(2);
        assertThat(standing.pipelineValue()).containsOnlyKeys("USD");
        assertThat(standing.pipelineValue().get("USD")).isEqualByComparingTo("1300.00");
        assertThat(standing.weightedPipelineValue().get("USD")).isEqualByComparingTo("1149.995");
        assertThat(queries.revenue(workspace, february, PeriodUnit.MONTH, null).pipeline())
                .extracting(stage -> stage.stage() + " " + stage.deals())
                .containsExactlyInAnyOrder("PROPOSAL 1", "NEGOTIATION 1");
    }

    @Test
    void standingOfOneOwnerCountsOnlyTheirRecords() {
        Standing standing = queries.standing(workspace, ANN);

        assertThat(standing.leads()).isEqualTo(2);
        assertThat(standing.contacts()).isEqualTo(1);
        assertThat(standing.openDeals()).isEqualTo(1);
        assertThat(standing.pipelineValue()).containsOnlyKeys("USD");
    }

    @Test
    void thePeriodCountsWhatHappenedBetweenItsLocalMidnights() {
        PeriodFigures figures = queries.period(workspace, feb, null);

        assertThat(figures.newLeads()).isEqualTo(3);
        assertThat(figures.convertedLeads()).isEqualTo(1);
        assertThat(figures.topSources()).containsExactly(new SourceCount("web", 2), new SourceCount(null, 1));
        assertThat(figures.newContacts()).isEqualTo(1);
        assertThat(figures.wonDeals()).isEqualTo(2);
        assertThat(figures.lostDeals()).isEqualTo(1);
        assertThat(figures.wonValue()).containsOnlyKeys("USD", "EUR");
        assertThat(figures.wonValue().get("USD")).isEqualByComparingTo("1000.10");
        assertThat(figures.wonValue().get("EUR")).isEqualByComparingTo("200.00");
        assertThat(figures.activities()).isEqualTo(2);
    }

    @Test
    void thePeriodBeforeHasItsOwnFigures() {
        ReportPeriod january = february.previous();
        PeriodFigures figures = queries.period(workspace, new DateRange(january.from(), january.to()), null);

        assertThat(january.first()).isEqualTo(LocalDate.parse("2024-01-03"));
        assertThat(figures.newLeads()).isEqualTo(1);
        assertThat(figures.newContacts()).isEqualTo(1);
        assertThat(figures.wonDeals()).isZero();
        assertThat(figures.activities()).isZero();
    }

    @Test
    void revenueBucketsClosedDealsByLocalWeekPerCurrency() {
        RevenueFigures revenue = queries.revenue(workspace, february, PeriodUnit.WEEK, null);

        assertThat(revenue.closed()).usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactlyInAnyOrder(
                        new ClosedDeals(LocalDate.parse("2024-02-26"), "USD", new BigDecimal("1000.10"), 1, 0),
                        new ClosedDeals(LocalDate.parse("2024-02-12"), "EUR", new BigDecimal("200.00"), 1, 0),
                        new ClosedDeals(LocalDate.parse("2024-02-19"), "USD", BigDecimal.ZERO, 0, 1));
        assertThat(revenue.wonDeals()).isEqualTo(2);
        // (28 d 22:59:59 + 1 d) / 2
        assertThat(revenue.averageSalesCycleSeconds()).isEqualTo((2_501_999 + 86_400) / 2.0);
        assertThat(revenue.pipeline()).hasSize(3);
    }

    @Test
    void revenueOfOneOwnerKeepsOnlyTheirDeals() {
        RevenueFigures revenue = queries.revenue(workspace, february, PeriodUnit.MONTH, ANN);

        assertThat(revenue.closed()).extracting(ClosedDeals::bucket, ClosedDeals::currency, ClosedDeals::won,
                ClosedDeals::lost).containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-02-01"),
                "USD", 1L, 1L));
    }

    @Test
    void theFunnelCountsTheStagesLeadsReachedEvenAfterMovingBack() {
        Instant l1Created = Instant.parse("2024-01-31T23:30:00Z");
        change(l1, null, LeadStatus.NEW, l1Created);
        change(l1, LeadStatus.NEW, LeadStatus.CONTACTED, l1Created.plus(Duration.ofDays(1)));
        change(l1, LeadStatus.CONTACTED, LeadStatus.QUALIFIED, l1Created.plus(Duration.ofDays(3)));
        change(l1, LeadStatus.QUALIFIED, LeadStatus.CONTACTED, l1Created.plus(Duration.ofDays(4)));
        change(l1, LeadStatus.CONTACTED, LeadStatus.QUALIFIED, l1Created.plus(Duration.ofDays(5)));
        change(l1, LeadStatus.QUALIFIED, LeadStatus.CONVERTED, l1Created.plus(Duration.ofDays(6)));
        history.dealWon(workspace, l1, Instant.parse("2024-02-29T22:59:59Z"));
        UUID l2 = Uuids.v7();
        change(l2, null, LeadStatus.NEW, Instant.parse("2024-02-29T22:30:00Z"));
        change(l2, LeadStatus.NEW, LeadStatus.LOST, Instant.parse("2024-02-29T22:45:00Z"));
        Instant l5Created = Instant.parse("2024-02-10T10:00:00Z");
        change(l5, null, LeadStatus.NEW, l5Created);
        change(l5, LeadStatus.NEW, LeadStatus.QUALIFIED, l5Created.plus(Duration.ofDays(2)));
        change(l5, LeadStatus.QUALIFIED, LeadStatus.LOST, l5Created.plus(Duration.ofDays(3)));
        UUID march = Uuids.v7();
        change(march, null, LeadStatus.CONTACTED, Instant.parse("2024-02-29T23:00:00Z"));

        FunnelFigures funnel = queries.funnel(workspace, feb, null);

        assertThat(funnel.reached()).containsExactly(3L, 2L, 2L, 1L, 1L);
        assertThat(funnel.averageSecondsBetween()).containsExactly(
                1.5 * 86_400, // L1 1 day, L5 2 days
                86_400.0,     // L1 first qualified 2 days after first contacted, L5 0 (skipped contacted)
                3 * 86_400.0, // L1
                22 * 86_400.0 + 84_599); // L1: converted 6 Feb 23:30Z, won 29 Feb 22:59:59Z
    }

    @Test
    void aDeletedLeadLeavesTheFunnel() {
        change(l5, null, LeadStatus.NEW, Instant.parse("2024-02-10T10:00:00Z"));
        history.leadDeleted(workspace, l5);

        assertThat(queries.funnel(workspace, feb, null).reached()).containsExactly(0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void anEmptyWorkspaceAnswersZeros() {
        WorkspaceId empty = new WorkspaceId("ws-" + UUID.randomUUID());

        assertThat(queries.standing(empty, null).leads()).isZero();
        assertThat(queries.period(empty, feb, null).newLeads()).isZero();
        assertThat(queries.funnel(empty, feb, null).averageSecondsBetween()).containsOnly(0.0);
        assertThat(queries.revenue(empty, february, PeriodUnit.DAY, null).closed()).isEmpty();
    }

    private void change(UUID lead, LeadStatus from, LeadStatus to, Instant at) {
        history.record(new StatusChange(Uuids.v7(), workspace, lead, from, to, at));
    }
}
