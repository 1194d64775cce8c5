package com.axolop.crm.application.analytics;

import com.axolop.crm.application.analytics.AnalyticsQueries.PeriodFigures;
import com.axolop.crm.application.analytics.AnalyticsQueries.Standing;
import com.axolop.crm.domain.analytics.ReportPeriod;
import com.axolop.crm.domain.lead.LeadStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dashboard: how things stand (all leads by status, open pipeline), what the period brought (new leads, where
 * they came from, how many converted, deals closed) and the same headline figures for the period before.
 */
final class Dashboard {
    private Dashboard() {
    }

    static Map<String, Object> view(ReportPeriod period, Standing now, PeriodFigures current, PeriodFigures before) {
        var leads = new LinkedHashMap<String, Object>();
        leads.put("total", now.leads());
        leads.put("new", current.newLeads());
        var byStatus = new LinkedHashMap<String, Object>();
        for (LeadStatus status : LeadStatus.values()) {
            byStatus.put(status.name(), now.leadsByStatus().getOrDefault(status.name(), 0L));
        }
        leads.put("by_status", byStatus);
        List<Map<String, Object>> bySource = new ArrayList<>();
        for (var source : current.topSources()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("source", source.source());
            entry.put("count", source.leads());
            bySource.add(entry);
        }
        leads.put("by_source", bySource);
        leads.put("converted", current.convertedLeads());
        var contacts = new LinkedHashMap<String, Object>();
        contacts.put("total", now.contacts());
        contacts.put("new", current.newContacts());
        var deals = new LinkedHashMap<String, Object>();
        deals.put("open", now.openDeals());
        deals.put("won", current.wonDeals());
        deals.put("lost", current.lostDeals());
        deals.put("pipeline_value", Figures.amounts(now.pipelineValue()));
        deals.put("weighted_pipeline_value", Figures.amounts(now.weightedPipelineValue()));
        deals.put("won_value", Figures.amounts(current.wonValue()));
        var json = new LinkedHashMap<String, Object>();
        json.put("period", ReportAnalyticsService.period(period));
        json.put("leads", leads);
        json.put("contacts", contacts);
        json.put("opportunities", deals);
        json.put("activities", Map.of("total", current.activities()));
        json.put("conversion_rate", conversionRate(current));
        json.put("previous_period", previous(period.previous(), current, before));
        return json;
    }

    private static BigDecimal conversionRate(PeriodFigures figures) {
        return Figures.percent(figures.convertedLeads(), figures.newLeads());
    }

    private static Map<String, Object> previous(ReportPeriod period, PeriodFigures current, PeriodFigures before) {
        Map<String, Object> json = new LinkedHashMap<>(ReportAnalyticsService.period(period));
        Map<String, BigDecimal> was = headline(before);
        Map<String, BigDecimal> is = headline(current);
        var change = new LinkedHashMap<String, Object>();
        was.forEach((name, value) -> {
            json.put(name, value.scale() == 0 ? (Object) value.longValueExact() : value);
            change.put(name, Figures.changePercent(value, is.get(name)));
        });
        json.put("won_value", Figures.amounts(before.wonValue()));
        List<Map<String, Object>> wonValueChange = new ArrayList<>();
        var currencies = new TreeSet<>(before.wonValue().keySet());
        currencies.addAll(current.wonValue().keySet());
        for (String currency : currencies) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("currency", currency);
            entry.put("pct", Figures.changePercent(before.wonValue().getOrDefault(currency, BigDecimal.ZERO),
                    current.wonValue().getOrDefault(currency, BigDecimal.ZERO)));
            wonValueChange.add(entry);
        }
        change.put("won_value", wonValueChange);
        json.put("change_pct", change);
        return json;
    }

    private static Map<String, BigDecimal> headline(PeriodFigures figures) {
        var headline = new LinkedHashMap<String, BigDecimal>();
        headline.put("leads_new", BigDecimal.valueOf(figures.newLeads()));
        headline.put("leads_converted", BigDecimal.valueOf(figures.convertedLeads()));
        headline.put("contacts_new", BigDecimal.valueOf(figures.newContacts()));
        headline.put("opportunities_won", BigDecimal.valueOf(figures.wonDeals()));
        headline.put("opportunities_lost", BigDecimal.valueOf(figures.lostDeals()));
        headline.put("activities_total", BigDecimal.valueOf(figures.activities()));
        headline.put("conversion_rate", conversionRate(figures));
        return headline;
    }
}
