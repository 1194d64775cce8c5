package com.axolop.crm.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.analytics.AnalyticsQueries.ClosedDeals;
import com.axolop.crm.application.analytics.AnalyticsQueries.FunnelFigures;
import com.axolop.crm.application.analytics.AnalyticsQueries.PeriodFigures;
import com.axolop.crm.application.analytics.AnalyticsQueries.RevenueFigures;
import com.axolop.crm.application.analytics.AnalyticsQueries.SourceCount;
import com.axolop.crm.application.analytics.AnalyticsQueries.StageFigures;
import com.axolop.crm.application.analytics.AnalyticsQueries.Standing;
import com.axolop.crm.application.port.InMemoryCache;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.analytics.PeriodUnit;
import com.axolop.crm.domain.analytics.ReportPeriod;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportAnalyticsServiceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final WorkspaceId workspace = new WorkspaceId("acme");
    private final Actor viewer = new Actor(workspace, new UserId("vera"), Role.VIEWER);
    private final FixedAnalyticsQueries queries = new FixedAnalyticsQueries();
    private final AnalyticsCache cache = new AnalyticsCache(new InMemoryCache());
    private final ReportAnalyticsService reports = new ReportAnalyticsService(queries, cache);
    // March 2024 in Berlin: it starts on 2024-02-29T23:00Z, after February's leap day.
    private final ReportPeriod march = ReportPeriod.current(PeriodUnit.MONTH, Instant.parse("2024-03-15T12:00:00Z"),
            BERLIN);

    @Test
    void anEmptyWorkspacesDashboardIsAllZeros() {
        Map<String, Object> dashboard = reports.dashboard(viewer, new ReportQuery(march, null));

        assertThat(dashboard.get("period")).isEqualTo(Map.of("start", "2024-03-01T00:00+01:00",
                "end", "2024-04-01T00:00+02:00", "timezone", "Europe/Berlin"));
        assertThat(section(dashboard, "leads")).containsEntry("total", 0L).containsEntry("new", 0L)
                .containsEntry("by_source", List.of()).containsEntry("converted", 0L)
                .containsEntry("by_status", statuses(0, 0, 0, 0, 0, 0));
        assertThat(section(dashboard, "opportunities")).containsEntry("open", 0L)
                .containsEntry("pipeline_value", List.of()).containsEntry("won_value", List.of());
        assertThat(dashboard.get("conversion_rate")).isEqualTo(new BigDecimal("0.00"));
        assertThat(section(section(dashboard, "previous_period"), "change_pct")).containsEntry("leads_new",
                new BigDecimal("0.00")).containsEntry("conversion_rate", new BigDecimal("0.00"));
    }

    @Test
    void theDashboardComparesThePeriodWithTheOneBeforeItPerCurrency() {
        queries.standing(workspace, new Standing(10, Map.of("NEW", 4L, "CONTACTED", 2L, "QUALIFIED", 1L,
                "CONVERTED", 2L, "LOST", 1L), 7, 3, Map.of("USD", new BigDecimal("1000.00"),
                "EUR", new BigDecimal("250.50")), Map.of("USD", new BigDecimal("333.3350"),
                "EUR", new BigDecimal("125.2500"))));
        queries.period(range(march), new PeriodFigures(3, 1, List.of(new SourceCount("web", 2),
                new SourceCount(null, 1)), 2, 2, 1, Map.of("USD", new BigDecimal("1500.00"),
                "EUR", new BigDecimal("99.99")), 12));
        queries.period(range(march.previous()), new PeriodFigures(0, 0, List.of(), 4, 1, 0,
                Map.of("USD", new BigDecimal("1000.00")), 8));

        Map<String, Object> dashboard = reports.dashboard(viewer, new ReportQuery(march, null));

        assertThat(section(dashboard, "leads")).containsEntry("total", 10L).containsEntry("new", 3L)
                .containsEntry("converted", 1L).containsEntry("by_status", statuses(4, 2, 1, 0, 2, 1))
                .containsEntry("by_source", List.of(Map.of("source", "web", "count", 2L),
                        nullSource(1L)));
        assertThat(section(dashboard, "contacts")).isEqualTo(Map.of("total", 7L, "new", 2L));
        assertThat(section(dashboard, "opportunities")).containsEntry("open", 3L).containsEntry("won", 2L)
                .containsEntry("lost", 1L)
                .containsEntry("pipeline_value", amounts("EUR", "250.50", "USD", "1000.00"))
                .containsEntry("weighted_pipeline_value", amounts("EUR", "125.25", "USD", "333.34"))
                .containsEntry("won_value", amounts("EUR", "99.99", "USD", "1500.00"));
        assertThat(section(dashboard, "activities")).isEqualTo(Map.of("total", 12L));
        assertThat(dashboard.get("conversion_rate")).isEqualTo(new BigDecimal("33.33"));
        Map<String, Object> previous = section(dashboard, "previous_period");
        assertThat(previous).containsEntry("start", "2024-02-01T00:00+01:00").containsEntry("leads_new", 0L)
                .containsEntry("contacts_new", 4L).containsEntry("won_value", amounts("USD", "1000.00"));
        assertThat(section(previous, "change_pct")).containsEntry("leads_new", new BigDecimal("100.00"))
                .containsEntry("contacts_new", new BigDecimal("-50.00"))
                .containsEntry("opportunities_won", new BigDecimal("100.00"))
                .containsEntry("activities_total", new BigDecimal("50.00"))
                .containsEntry("conversion_rate", new BigDecimal("100.00"))
                .containsEntry("won_value", List.of(Map.of("currency", "EUR", "pct", new BigDecimal("100.00")),
                        Map.of("currency", "USD", "pct", new BigDecimal("50.00"))));
    }

    @Test
    void theFunnelGivesStageToStageRatesAndDays() {
        queries.funnel(workspace, new FunnelFigures(List.of(10L, 6L, 4L, 2L, 1L),
                List.of(86_400.0, 172_800.0, 43_200.0, 0.0)));

        Map<String, Object> funnel = reports.funnel(viewer, new ReportQuery(march, null));

        assertThat(funnel.get("rates")).isEqualTo(Map.of("newToContacted", new BigDecimal("60.00"),
                "contactedToQualified", new BigDecimal("66.67"), "qualifiedToConverted", new BigDecimal("50.00"),
                "convertedToWon", new BigDecimal("50.00"), "overallConversion", new BigDecimal("20.00")));
        assertThat(funnel.get("average_days")).isEqualTo(Map.of("newToContacted", new BigDecimal("1.00"),
                "contactedToQualified", new BigDecimal("2.00"), "qualifiedToConverted", new BigDecimal("0.50"),
                "convertedToWon", new BigDecimal("0.00")));
        @SuppressWarnings("unchecked")
        var stages = (List<Map<String, Object>>) funnel.get("stages");
        assertThat(stages).extracting(stage -> stage.get("stage"))
                .containsExactly("NEW", "CONTACTED", "QUALIFIED", "CONVERTED", "WON");
        assertThat(stages).extracting(stage -> stage.get("count")).containsExactly(10L, 6L, 4L, 2L, 1L);
    }

    @Test
    void revenueIsPerCurrencyWithAnEntryForEveryBucket() {
        var range = ReportPeriod.between(LocalDate.parse("2024-02-28"), LocalDate.parse("2024-03-12"), BERLIN);
        queries.revenue(workspace, new RevenueFigures(List.of(
                new ClosedDeals(LocalDate.parse("2024-02-26"), "USD", new BigDecimal("1000.00"), 2, 1),
                new ClosedDeals(LocalDate.parse("2024-02-26"), "EUR", new BigDecimal("50.00"), 1, 0),
                new ClosedDeals(LocalDate.parse("2024-03-04"), "USD", new BigDecimal("0"), 0, 2)),
                3, 129_600, List.of(new StageFigures("PROSPECTING", "USD", 2, new BigDecimal("300.00"),
                        new BigDecimal("30.0000")), new StageFigures("PROPOSAL", "EUR", 1,
                        new BigDecimal("100.00"), new BigDecimal("50.0000")))));

        Map<String, Object> revenue = reports.revenue(viewer, new ReportQuery(range, null), PeriodUnit.WEEK);

        assertThat(revenue).containsEntry("totalRevenue", amounts("EUR", "50.00", "USD", "1000.00"))
                .containsEntry("won_count", 3L).containsEntry("lost_count", 3L)
                .containsEntry("winRate", new BigDecimal("50.00"))
                .containsEntry("avgDealSize", amounts("EUR", "50.00", "USD", "500.00"))
                .containsEntry("salesCycleDays", new BigDecimal("1.50")).containsEntry("interval", "week");
        assertThat(revenue.get("series")).isEqualTo(List.of(
                bucket("2024-02-26", amounts("EUR", "50.00", "USD", "1000.00"), 3, 1),
                bucket("2024-03-04", List.of(), 0, 2),
                bucket("2024-03-11", List.of(), 0, 0)));
        assertThat(revenue.get("pipeline")).isEqualTo(List.of(
                stage("PROSPECTING", 2, amounts("USD", "300.00"), amounts("USD", "30.00")),
                stage("QUALIFICATION", 0, List.of(), List.of()),
                stage("PROPOSAL", 1, amounts("EUR", "100.00"), amounts("EUR", "50.00")),
                stage("NEGOTIATION", 0, List.of(), List.of())));
    }

    @Test
    void aReportIsComputedOnceUntilTheWorkspaceChanges() {
        var query = new ReportQuery(march, null);
        reports.dashboard(viewer, query);
        int asked = queries.asked.size();

        reports.dashboard(viewer, query);
        assertThat(queries.asked).hasSize(asked);

        cache.invalidate(workspace);
        reports.dashboard(viewer, query);
        assertThat(queries.asked).hasSize(2 * asked);
    }

    @Test
    void reportsOfOtherParametersOrWorkspacesAreCachedApart() {
        reports.funnel(viewer, new ReportQuery(march, null));
        reports.funnel(viewer, new ReportQuery(march, new UserId("olga")));
        reports.funnel(viewer, new ReportQuery(march.previous(), null));
        reports.funnel(new Actor(new WorkspaceId("other"), new UserId("vera"), Role.VIEWER),
                new ReportQuery(march, null));
        reports.revenue(viewer, new ReportQuery(march, null), PeriodUnit.DAY);
        reports.revenue(viewer, new ReportQuery(march, null), PeriodUnit.WEEK);

        assertThat(queries.asked).containsExactly("funnel", "funnel", "funnel", "funnel", "revenue", "revenue");
    }

    private static DateRange range(ReportPeriod period) {
        return new DateRange(period.from(), period.to());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> report, String name) {
        return (Map<String, Object>) report.get(name);
    }

    private static Map<String, Object> statuses(long... counts) {
        var statuses = new LinkedHashMap<String, Object>();
        var names = List.of("NEW", "CONTACTED", "QUALIFIED", "UNQUALIFIED", "CONVERTED", "LOST");
        for (int i = 0; i < counts.length; i++) {
            statuses.put(names.get(i), counts[i]);
        }
        return statuses;
    }

    private static Map<String, Object> nullSource(long count) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("source", null);
        entry.put("count", count);
        return entry;
    }

    /** currency, amount, currency, amount... */
    private static List<Map<String, Object>> amounts(String... pairs) {
        return IntStream.range(0, pairs.length / 2).mapToObj(i -> Map.<String, Object>of(
                "currency", pairs[2 * i], "amount", new BigDecimal(pairs[2 * i + 1]))).toList();
    }

    private static Map<String, Object> bucket(String day, List<Map<String, Object>> value, long won, long lost) {
        return Map.of("bucket", day, "won_value", value, "won_count", won, "lost_count", lost);
    }

    private static Map<String, Object> stage(String name, long count, List<Map<String, Object>> value,
                                             List<Map<String, Object>> weighted) {
        return Map.of("stage", name, "count", count, "value", value, "weighted", weighted);
    }
}
