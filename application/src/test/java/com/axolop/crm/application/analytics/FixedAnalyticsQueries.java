package com.axolop.crm.application.analytics;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.analytics.PeriodUnit;
import com.axolop.crm.domain.analytics.ReportPeriod;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fake of the figures: an empty workspace unless a test gives it figures; it records what it was asked (the
 * SQL behind the real port is proven against PostgreSQL in adapters-postgres).
 */
public final class FixedAnalyticsQueries implements AnalyticsQueries {
    public static final Standing NO_STANDING = new Standing(0, Map.of(), 0, 0, Map.of(), Map.of());
    public static final PeriodFigures NO_PERIOD = new PeriodFigures(0, 0, List.of(), 0, 0, 0, Map.of(), 0);
    public static final FunnelFigures NO_FUNNEL = new FunnelFigures(List.of(0L, 0L, 0L, 0L, 0L),
            List.of(0.0, 0.0, 0.0, 0.0));
    public static final RevenueFigures NO_REVENUE = new RevenueFigures(List.of(), 0, 0, List.of());

    private final Map<WorkspaceId, Standing> standings = new ConcurrentHashMap<>();
    private final Map<DateRange, PeriodFigures> periods = new ConcurrentHashMap<>();
    private final Map<WorkspaceId, RevenueFigures> revenues = new ConcurrentHashMap<>();
    private final Map<WorkspaceId, FunnelFigures> funnels = new ConcurrentHashMap<>();
    /** Every question asked, in order: "standing", "period", "funnel", "revenue". */
    public final List<String> asked = new ArrayList<>();

    public FixedAnalyticsQueries standing(WorkspaceId workspace, Standing standing) {
        standings.put(workspace, standing);
        return this;
    }

    /** Figures for one range, in any workspace. */
    public FixedAnalyticsQueries period(DateRange range, PeriodFigures figures) {
        periods.put(range, figures);
        return this;
    }

    public FixedAnalyticsQueries funnel(WorkspaceId workspace, FunnelFigures figures) {
        funnels.put(workspace, figures);
        return this;
    }

    public FixedAnalyticsQueries revenue(WorkspaceId workspace, RevenueFigures figures) {
        revenues.put(workspace, figures);
        return this;
    }

    @Override
    public synchronized Standing standing(WorkspaceId workspace, UserId owner) {
        asked.add("standing");
        return standings.getOrDefault(workspace, NO_STANDING);
    }

    @Override
    public synchronized PeriodFigures period(WorkspaceId workspace, DateRange range, UserId owner) {
        asked.add("period");
        return periods.getOrDefault(range, NO_PERIOD);
    }

    @Override
    public synchronized FunnelFigures funnel(WorkspaceId workspace, DateRange range, UserId owner) {
        asked.add("funnel");
        return funnels.getOrDefault(workspace, NO_FUNNEL);
    }

    @Override
    public synchronized RevenueFigures revenue(WorkspaceId workspace, ReportPeriod period, PeriodUnit interval,
                                               UserId owner) {
        asked.add("revenue");
        return revenues.getOrDefault(workspace, NO_REVENUE);
    }
}
