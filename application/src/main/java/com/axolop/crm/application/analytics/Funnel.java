package com.axolop.crm.application.analytics;

import com.axolop.crm.application.analytics.AnalyticsQueries.FunnelFigures;
import com.axolop.crm.domain.analytics.ReportPeriod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The funnel of the leads created in the period: how many reached each stage, the rates and days between. */
final class Funnel {
    static final List<String> STAGES = List.of("NEW", "CONTACTED", "QUALIFIED", "CONVERTED", "WON");
    private static final List<String> RATES = List.of("newToContacted", "contactedToQualified",
            "qualifiedToConverted", "convertedToWon");

    private Funnel() {
    }

    static Map<String, Object> view(ReportPeriod period, FunnelFigures figures) {
        List<Long> reached = figures.reached();
        List<Map<String, Object>> stages = new ArrayList<>();
        var rates = new LinkedHashMap<String, Object>();
        var days = new LinkedHashMap<String, Object>();
        for (int i = 0; i < STAGES.size(); i++) {
            var stage = new LinkedHashMap<String, Object>();
            stage.put("stage", STAGES.get(i));
            stage.put("count", reached.get(i));
            if (i > 0) {
                var rate = Figures.percent(reached.get(i), reached.get(i - 1));
                var averageDays = Figures.days(figures.averageSecondsBetween().get(i - 1));
                stage.put("rate_from_previous", rate);
                stage.put("avg_days_from_previous", averageDays);
                rates.put(RATES.get(i - 1), rate);
                days.put(RATES.get(i - 1), averageDays);
            }
            stages.add(stage);
        }
        rates.put("overallConversion", Figures.percent(reached.get(3), reached.get(0)));
        var json = new LinkedHashMap<String, Object>();
        json.put("period", ReportAnalyticsService.period(period));
        json.put("stages", stages);
        json.put("rates", rates);
        json.put("average_days", days);
        return json;
    }
}
