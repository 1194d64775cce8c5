package com.axolop.crm.application.analytics;

import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.analytics.PeriodUnit;
import com.axolop.crm.domain.analytics.ReportPeriod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reports over the figures {@link AnalyticsQueries} reads, cached per workspace and parameters (the dashboard
 * in the DASHBOARD region, the others in ANALYTICS). Any role may read them.
 */
public class ReportAnalyticsService implements ReportAnalyticsUseCase {
    private final AnalyticsQueries queries;
    private final AnalyticsCache cache;

    public ReportAnalyticsService(AnalyticsQueries queries, AnalyticsCache cache) {
        this.queries = Objects.requireNonNull(queries);
        this.cache = Objects.requireNonNull(cache);
    }

    @Override
    public Map<String, Object> dashboard(Actor actor, ReportQuery query) {
        return cache.report(actor.workspace(), "dashboard:" + query.key(), CacheRegion.DASHBOARD,
                () -> Dashboard.view(query.period(), queries.standing(actor.workspace(), query.owner()),
                        queries.period(actor.workspace(), range(query.period()), query.owner()),
                        queries.period(actor.workspace(), range(query.period().previous()), query.owner())));
    }

    @Override
    public Map<String, Object> funnel(Actor actor, ReportQuery query) {
        return cache.report(actor.workspace(), "funnel:" + query.key(), CacheRegion.ANALYTICS,
                () -> Funnel.view(query.period(),
                        queries.funnel(actor.workspace(), range(query.period()), query.owner())));
    }

    @Override
    public Map<String, Object> revenue(Actor actor, ReportQuery query, PeriodUnit interval) {
        Objects.requireNonNull(interval, "interval");
        return cache.report(actor.workspace(), "revenue:" + interval + ":" + query.key(), CacheRegion.ANALYTICS,
                () -> Revenue.view(query.period(), interval,
                        queries.revenue(actor.workspace(), query.period(), interval, query.owner())));
    }

    private static DateRange range(ReportPeriod period) {
        return new DateRange(period.from(), period.to());
    }

    /** {start, end, timezone}: the period's bounds as local date-times with their offset; end excluded. */
    static Map<String, Object> period(ReportPeriod period) {
        var json = new LinkedHashMap<String, Object>();
        json.put("start", period.first().atStartOfDay(period.zone()).toOffsetDateTime().toString());
        json.put("end", period.end().atStartOfDay(period.zone()).toOffsetDateTime().toString());
        json.put("timezone", period.zone().getId());
        return json;
    }
}
