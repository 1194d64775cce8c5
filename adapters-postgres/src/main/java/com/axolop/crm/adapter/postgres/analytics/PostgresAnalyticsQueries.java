package com.axolop.crm.adapter.postgres.analytics;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.analytics.AnalyticsQueries;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.analytics.PeriodUnit;
import com.axolop.crm.domain.analytics.ReportPeriod;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Report figures in SQL, each call in one read-only snapshot so its figures agree. Sums are PostgreSQL numerics
 * (exact), grouped by currency; V23's indexes let the queries read indexes only, and its pipeline totals spare
 * reading every open deal.
 */
public class PostgresAnalyticsQueries implements AnalyticsQueries {
    private static final int TOP_SOURCES = 10;
    private final PostgresTransactionRunner db;

    public PostgresAnalyticsQueries(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public Standing standing(WorkspaceId workspace, UserId owner) {
        return db.inSnapshot(connection -> {
            Map<String, Long> byStatus = new HashMap<>();
            // Without an owner the totals kept by V2's triggers answer without visiting the leads.
            Where assigned = owned(workspace, "assigned_to", owner);
            String leads = owner == null ? "select status, sum(leads)::bigint from lead_counts" + assigned.sql()
                    + " group by status" : "select status, count(*) from leads" + assigned.sql() + " group by status";
            select(connection, leads, assigned, row -> byStatus.merge(row.getString(1), row.getLong(2), Long::sum));
            long contacts = count(connection, "contacts", owned(workspace, "owner", owner));
            long open = 0;
            Map<String, BigDecimal> value = new HashMap<>();
            Map<String, BigDecimal> weighted = new HashMap<>();
            for (StageFigures stage : pipeline(connection, workspace, owner)) {
                open += stage.deals();
                value.merge(stage.currency(), stage.value(), BigDecimal::add);
                weighted.merge(stage.currency(), stage.weighted(), BigDecimal::add);
            }
            return new Standing(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, contacts, open,
                    value, weighted);
        });
    }

    @Override
    public PeriodFigures period(WorkspaceId workspace, DateRange range, UserId owner) {
        return db.inSnapshot(connection -> {
            long[] leads = new long[2];
            Map<String, Long> sources = new HashMap<>();
            Where newLeads = owned(workspace, "assigned_to", owner).within("created_at", range);
            select(connection, "select status, source, count(*) from leads" + newLeads.sql() + " group by 1, 2", newLeads,
                    row -> {
                        leads[0] += row.getLong(3);
                        leads[1] += "CONVERTED".equals(row.getString(1)) ? row.getLong(3) : 0;
                        sources.merge(row.getString(2) == null ? "" : row.getString(2), row.getLong(3), Long::sum);
                    });
            long contacts = count(connection, "contacts", owned(workspace, "owner", owner).within("created_at", range));
            long[] deals = new long[2];
            Map<String, BigDecimal> wonValue = new HashMap<>();
            Where closed = owned(workspace, "owner", owner).within("closed_at", range);
            select(connection, "select stage = 'CLOSED_WON', currency, count(*), coalesce(sum(value), 0) from opportunities"
                    + closed.sql() + " group by 1, 2", closed, row -> {
                        deals[row.getBoolean(1) ? 0 : 1] += row.getLong(3);
                        if (row.getBoolean(1)) {
                            wonValue.put(row.getString(2), row.getBigDecimal(4));
                        }
                    });
            long activities = count(connection, "activities", Where.workspace(workspace).within("occurred_at", range));
            return new PeriodFigures(leads[0], leads[1], top(sources), contacts, deals[0], deals[1], wonValue,
                    activities);
        });
    }

    @Override
    public FunnelFigures funnel(WorkspaceId workspace, DateRange range, UserId owner) {
        Where cohort = Where.workspace(workspace).within("created_at", range).condition(
                "exists (select 1 from leads where leads.workspace_id = lead_funnel.workspace_id "
                        + "and leads.id = lead_funnel.lead_id and leads.assigned_to = ?)", owner == null ? null : owner.value());
        return db.inSnapshot(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select count(*), count(contacted_at), count(qualified_at), count(converted_at), count(won_at),
                           coalesce(avg(extract(epoch from contacted_at - created_at)), 0),
                           coalesce(avg(extract(epoch from qualified_at - contacted_at)), 0),
                           coalesce(avg(extract(epoch from converted_at - qualified_at)), 0),
                           coalesce(avg(extract(epoch from won_at - converted_at)), 0)
                    from lead_funnel""" + cohort.sql())) {
                cohort.bind(select);
                return Rows.first(select, row -> new FunnelFigures(
                        List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)),
                        List.of(row.getDouble(6), row.getDouble(7), row.getDouble(8), row.getDouble(9)))).orElseThrow();
            }
        });
    }

    @Override
    public RevenueFigures revenue(WorkspaceId workspace, ReportPeriod period, PeriodUnit interval, UserId owner) {
        Where closed = owned(workspace, "owner", owner).within("closed_at", new DateRange(period.from(), period.to()));
        return db.inSnapshot(connection -> {
            List<ClosedDeals> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select date_trunc(?, closed_at at time zone ?)::date, currency,
                           coalesce(sum(value) filter (where stage = 'CLOSED_WON'), 0),
                           count(*) filter (where stage = 'CLOSED_WON'), count(*) filter (where stage = 'CLOSED_LOST')
                    from opportunities""" + closed.sql() + " group by 1, 2")) {
                select.setString(1, interval.name().toLowerCase());
                select.setString(2, period.zone().getId());
                closed.bind(select, 3);
                rows.addAll(Rows.all(select, row -> new ClosedDeals(row.getObject(1, LocalDate.class),
                        row.getString(2), row.getBigDecimal(3), row.getLong(4), row.getLong(5))));
            }
            Where won = owned(workspace, "owner", owner).within("closed_at", new DateRange(period.from(), period.to()))
                    .condition("stage = ?::opportunity_stage", "CLOSED_WON");
            double cycle;
            try (PreparedStatement select = connection.prepareStatement(
                    "select coalesce(avg(extract(epoch from closed_at - created_at)), 0) from opportunities" + won.sql())) {
                won.bind(select);
                cycle = Rows.first(select, row -> row.getDouble(1)).orElseThrow();
            }
            long wonDeals = rows.stream().mapToLong(ClosedDeals::won).sum();
            return new RevenueFigures(rows, wonDeals, cycle, pipeline(connection, workspace, owner));
        });
    }

    /**
     * The open deals by stage and currency; weighted = value x probability (none: 0), exact. The whole workspace's
     * comes from the totals V23's triggers keep; one owner's is summed from the deals.
     */
    private static List<StageFigures> pipeline(Connection connection, WorkspaceId workspace, UserId owner)
            throws SQLException {
        Where open = owner == null ? Where.workspace(workspace)
                : owned(workspace, "owner", owner).condition("closed_at is null", List.of());
        String sql = owner == null ? """
                select stage::text, currency, sum(deals)::bigint, sum(value), sum(weighted) / 100
                from opportunity_pipeline""" + open.sql() + " group by 1, 2 having sum(deals) > 0" : """
                select stage::text, currency, count(*), coalesce(sum(value), 0),
                       coalesce(sum(value * coalesce(probability, 0)), 0) / 100
                from opportunities""" + open.sql() + " group by 1, 2";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            open.bind(select);
            return Rows.all(select, row -> new StageFigures(row.getString(1), row.getString(2), row.getLong(3),
                    row.getBigDecimal(4), row.getBigDecimal(5)));
        }
    }

    private static Where owned(WorkspaceId workspace, String column, UserId owner) {
        return Where.workspace(workspace).equal(column, owner == null ? null : owner.value());
    }

    private static long count(Connection connection, String table, Where where) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select count(*) from " + table + where.sql())) {
            where.bind(select);
            return Rows.number(select);
        }
    }

    private interface RowSink {
        void accept(ResultSet row) throws SQLException;
    }

    private static void select(Connection connection, String sql, Where where, RowSink sink) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            where.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sink.accept(rows);
                }
            }
        }
    }

    /** The most common sources first (ties by name); "" stands for leads without one, published as null. */
    private static List<SourceCount> top(Map<String, Long> sources) {
        return sources.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_SOURCES)
                .map(entry -> new SourceCount(entry.getKey().isEmpty() ? null : entry.getKey(), entry.getValue()))
                .toList();
    }
}
