package com.axolop.crm.application.analytics;

import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.analytics.PeriodUnit;
import com.axolop.crm.domain.analytics.ReportPeriod;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures reports are made of, read from the workspace's records (owner: only that user's records, or null
 * for all). Amounts are exact and keyed by currency: they are never added across currencies.
 */
public interface AnalyticsQueries {
    /** How things stand now. */
    Standing standing(WorkspaceId workspace, UserId owner);

    /** What happened within {@code range}. */
    PeriodFigures period(WorkspaceId workspace, DateRange range, UserId owner);

    /** The leads created within {@code range}, by the funnel stage they reached. */
    FunnelFigures funnel(WorkspaceId workspace, DateRange range, UserId owner);

    /** Deals closed within the period, by {@code interval} bucket (days in the period's zone), and the pipeline. */
    RevenueFigures revenue(WorkspaceId workspace, ReportPeriod period, PeriodUnit interval, UserId owner);

    record Standing(long leads, Map<String, Long> leadsByStatus, long contacts, long openDeals,
                    Map<String, BigDecimal> pipelineValue, Map<String, BigDecimal> weightedPipelineValue) {
    }

    record PeriodFigures(long newLeads, long convertedLeads, List<SourceCount> topSources, long newContacts,
                         long wonDeals, long lostDeals, Map<String, BigDecimal> wonValue, long activities) {
    }

    /** A lead source (null: none given) and how many of the period's new leads came from it. */
    record SourceCount(String source, long leads) {
    }

    /**
     * {@code reached}: leads per stage NEW, CONTACTED, QUALIFIED, CONVERTED, WON (reaching a stage counts as
     * reaching the ones before it); {@code averageSecondsBetween}: from each stage to the next, over the leads
     * that reached the next one (0 when none did).
     */
    record FunnelFigures(List<Long> reached, List<Double> averageSecondsBetween) {
    }

    /** {@code closed}: one row per bucket and currency with a closed deal; bucket = the interval's first day. */
    record RevenueFigures(List<ClosedDeals> closed, long wonDeals, double averageSalesCycleSeconds,
                          List<StageFigures> pipeline) {
    }

    record ClosedDeals(LocalDate bucket, String currency, BigDecimal wonValue, long won, long lost) {
    }

    record StageFigures(String stage, String currency, long deals, BigDecimal value, BigDecimal weighted) {
    }
}
