package com.axolop.crm.application.analytics;

import com.axolop.crm.application.analytics.AnalyticsQueries.ClosedDeals;
import com.axolop.crm.application.analytics.AnalyticsQueries.RevenueFigures;
import com.axolop.crm.application.analytics.AnalyticsQueries.StageFigures;
import com.axolop.crm.domain.analytics.PeriodUnit;
import com.axolop.crm.domain.analytics.ReportPeriod;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Revenue: deals won in the period (by currency, and by interval bucket with a zero entry for quiet buckets), the
 * win rate over deals closed in it, the average won deal and sales cycle, and the open pipeline by stage.
 */
final class Revenue {
    private Revenue() {
    }

    static Map<String, Object> view(ReportPeriod period, PeriodUnit interval, RevenueFigures figures) {
        Map<String, BigDecimal> total = new HashMap<>();
        Map<String, Long> wonByCurrency = new HashMap<>();
        Map<LocalDate, Map<String, BigDecimal>> valueByBucket = new HashMap<>();
        Map<LocalDate, long[]> countsByBucket = new HashMap<>();
        long won = 0;
        long lost = 0;
        for (ClosedDeals row : figures.closed()) {
            if (row.won() > 0) {
                total.merge(row.currency(), row.wonValue(), BigDecimal::add);
                wonByCurrency.merge(row.currency(), row.won(), Long::sum);
                valueByBucket.computeIfAbsent(row.bucket(), bucket -> new HashMap<>())
                        .merge(row.currency(), row.wonValue(), BigDecimal::add);
            }
            long[] counts = countsByBucket.computeIfAbsent(row.bucket(), bucket -> new long[2]);
            counts[0] += row.won();
            counts[1] += row.lost();
            won += row.won();
            lost += row.lost();
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (LocalDate bucket : period.buckets(interval)) {
            long[] counts = countsByBucket.getOrDefault(bucket, new long[2]);
            var entry = new LinkedHashMap<String, Object>();
            entry.put("bucket", bucket.toString());
            entry.put("won_value", Figures.amounts(valueByBucket.getOrDefault(bucket, Map.of())));
            entry.put("won_count", counts[0]);
            entry.put("lost_count", counts[1]);
            series.add(entry);
        }
        Map<String, BigDecimal> average = new HashMap<>();
        total.forEach((currency, amount) -> average.put(currency,
                amount.divide(BigDecimal.valueOf(wonByCurrency.get(currency)), 2, RoundingMode.HALF_UP)));
        var json = new LinkedHashMap<String, Object>();
        json.put("period", ReportAnalyticsService.period(period));
        json.put("interval", interval.name().toLowerCase());
        json.put("totalRevenue", Figures.amounts(total));
        json.put("won_count", won);
        json.put("lost_count", lost);
        json.put("winRate", Figures.percent(won, won + lost));
        json.put("avgDealSize", Figures.amounts(average));
        json.put("salesCycleDays", Figures.days(figures.averageSalesCycleSeconds()));
        json.put("series", series);
        json.put("pipeline", pipeline(figures.pipeline()));
        return json;
    }

    /** Every open stage in pipeline order, with its deals, value and weighted value per currency. */
    private static List<Map<String, Object>> pipeline(List<StageFigures> rows) {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (OpportunityStage stage : OpportunityStage.values()) {
            if (stage.isClosed()) {
                continue;
            }
            long deals = 0;
            Map<String, BigDecimal> value = new HashMap<>();
            Map<String, BigDecimal> weighted = new HashMap<>();
            for (StageFigures row : rows) {
                if (row.stage().equals(stage.name())) {
                    deals += row.deals();
                    value.put(row.currency(), row.value());
                    weighted.put(row.currency(), row.weighted());
                }
            }
            var entry = new LinkedHashMap<String, Object>();
            entry.put("stage", stage.name());
            entry.put("count", deals);
            entry.put("value", Figures.amounts(value));
            entry.put("weighted", Figures.amounts(weighted));
            stages.add(entry);
        }
        return stages;
    }
}
