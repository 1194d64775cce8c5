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
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Report figures in SQL, each call in one read-only snapshot so its figures agree. Sums are PostgreSQL numerics
 * (exact), grouped by currency; V23's indexes let the queries read indexes only, and its pipeline totals spare
 * reading every open deal. Figures of a period sum V24's rollups over the UTC buckets wholly inside it and count the
 * rows of the partial buckets at its ends ({@link RollupSpan}), so a year reads a few thousand rows, exactly in any
 * zone; one owner's figures, which the rollups do not keep, count that owner's rows.
 */
public class PostgresAnalyticsQueries implements AnalyticsQueries {
    private static final int TOP_SOURCES = 10;
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);
    /** An aggregate of no rows answers no row, not one of nulls. */
    private static final String ANY = " having count(*) > 0";
    private static final Rollup LEADS = new Rollup("lead_rollup", "r.status, r.source, sum(r.leads)::bigint",
            " having sum(r.leads) <> 0", "leads", "created_at", "t.status, coalesce(t.source, ''), count(*)",
            " group by 1, 2");
    private static final Rollup CONTACTS = new Rollup("contact_rollup", "sum(r.contacts)::bigint", ANY, "contacts",
            "created_at", "count(*)", "");
    private static final Rollup ACTIVITIES = new Rollup("activity_rollup", "sum(r.activities)::bigint", ANY,
            "activities", "occurred_at", "count(*)", "");
    private static final Rollup DEALS = new Rollup("deal_rollup",
            "r.stage::text, r.currency, sum(r.deals)::bigint, sum(r.value), sum(r.cycle_seconds)",
            " having sum(r.deals) <> 0", "opportunities", "closed_at",
            "t.stage::text, t.currency, count(*), coalesce(sum(t.value), 0), "
                    + "sum(extract(epoch from t.closed_at - t.created_at))", " group by 1, 2");
    private static final Rollup FUNNEL = new Rollup("funnel_rollup", """
            sum(r.leads)::bigint, sum(r.contacted)::bigint, sum(r.qualified)::bigint, sum(r.converted)::bigint,
            sum(r.won)::bigint, sum(r.contacted_pairs)::bigint, sum(r.qualified_pairs)::bigint,
            sum(r.converted_pairs)::bigint, sum(r.won_pairs)::bigint, sum(r.contacted_seconds),
            sum(r.qualified_seconds), sum(r.converted_seconds), sum(r.won_seconds)""", ANY, "lead_funnel", "created_at", """
            count(*), count(t.contacted_at), count(t.qualified_at), count(t.converted_at), count(t.won_at),
            count(t.contacted_at - t.created_at), count(t.qualified_at - t.contacted_at),
            count(t.converted_at - t.qualified_at), count(t.won_at - t.converted_at),
            coalesce(sum(extract(epoch from t.contacted_at - t.created_at)), 0),
            coalesce(sum(extract(epoch from t.qualified_at - t.contacted_at)), 0),
            coalesce(sum(extract(epoch from t.converted_at - t.qualified_at)), 0),
            coalesce(sum(extract(epoch from t.won_at - t.converted_at)), 0)""", "");
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
            // Likewise V24's contact rollup: all its buckets are every contact.
            long contacts = owner == null
                    ? number(connection, "select coalesce(sum(contacts), 0)::bigint from contact_rollup",
                            Where.workspace(workspace))
                    : number(connection, "select count(*) from contacts", owned(workspace, "owner", owner));
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
            spanned(connection, workspace, spans(range, DAY, owner), LEADS, owned("assigned_to", owner), row -> {
                leads[0] += row.getLong(4);
                leads[1] += "CONVERTED".equals(row.getString(2)) ? row.getLong(4) : 0;
                sources.merge(row.getString(3), row.getLong(4), Long::sum);
            });
            long[] contacts = new long[1];
            spanned(connection, workspace, spans(range, DAY, owner), CONTACTS, owned("owner", owner),
                    row -> contacts[0] += row.getLong(2));
            Map<String, BigDecimal> wonValue = new HashMap<>();
            long[] deals = new long[2];
            for (ClosedDeals deal : closed(connection, workspace, spans(range, HOUR, owner), owner).deals()) {
                deals[0] += deal.won();
                deals[1] += deal.lost();
                if (deal.won() > 0) {
                    wonValue.merge(deal.currency(), deal.wonValue(), BigDecimal::add);
                }
            }
            // The timeline is not filtered by owner, so it always reads the rollup.
            long[] activities = new long[1];
            spanned(connection, workspace, spans(range, DAY, null), ACTIVITIES, RowFilter.NONE,
                    row -> activities[0] += row.getLong(2));
            return new PeriodFigures(leads[0], leads[1], top(sources), contacts[0], deals[0], deals[1], wonValue,
                    activities[0]);
        });
    }

    @Override
    public FunnelFigures funnel(WorkspaceId workspace, DateRange range, UserId owner) {
        RowFilter assigned = owner == null ? RowFilter.NONE : new RowFilter(" and exists (select 1 from leads where "
                + "leads.workspace_id = t.workspace_id and leads.id = t.lead_id and leads.assigned_to = ?)", owner.value());
        return db.inSnapshot(connection -> {
            long[] reached = new long[5];
            long[] pairs = new long[4];
            BigDecimal[] seconds = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            spanned(connection, workspace, spans(range, DAY, owner), FUNNEL, assigned, row -> {
                for (int stage = 0; stage < 5; stage++) {
                    reached[stage] += row.getLong(2 + stage);
                }
                for (int step = 0; step < 4; step++) {
                    pairs[step] += row.getLong(7 + step);
                    seconds[step] = seconds[step].add(row.getBigDecimal(11 + step));
                }
            });
            List<Double> averages = new ArrayList<>();
            for (int step = 0; step < 4; step++) {
                averages.add(pairs[step] == 0 ? 0
                        : seconds[step].divide(BigDecimal.valueOf(pairs[step]), MathContext.DECIMAL128).doubleValue());
            }
            return new FunnelFigures(List.of(reached[0], reached[1], reached[2], reached[3], reached[4]), averages);
        });
    }

    @Override
    public RevenueFigures revenue(WorkspaceId workspace, ReportPeriod period, PeriodUnit interval, UserId owner) {
        List<RollupSpan> spans = new ArrayList<>();
        for (LocalDate bucket : period.buckets(interval)) {
            Instant from = max(bucket.atStartOfDay(period.zone()).toInstant(), period.from());
            Instant to = min(interval.plus(bucket, 1).atStartOfDay(period.zone()).toInstant(), period.to());
            spans.add(owner == null ? RollupSpan.of(bucket, from, to, HOUR) : RollupSpan.direct(bucket, from, to));
        }
        return db.inSnapshot(connection -> {
            Closed closed = closed(connection, workspace, spans, owner);
            long wonDeals = closed.deals().stream().mapToLong(ClosedDeals::won).sum();
            double cycle = wonDeals == 0 ? 0
                    : closed.wonCycleSeconds().divide(BigDecimal.valueOf(wonDeals), MathContext.DECIMAL128).doubleValue();
            return new RevenueFigures(closed.deals(), wonDeals, cycle, pipeline(connection, workspace, owner));
        });
    }

    /** The spans' closed deals per bucket and currency, and the created -> closed seconds of the won ones. */
    private static Closed closed(Connection connection, WorkspaceId workspace, List<RollupSpan> spans, UserId owner)
            throws SQLException {
        Map<List<Object>, ClosedDeals> deals = new LinkedHashMap<>();
        BigDecimal[] wonCycle = {BigDecimal.ZERO};
        spanned(connection, workspace, spans, DEALS, owned("owner", owner), row -> {
            boolean won = "CLOSED_WON".equals(row.getString(2));
            ClosedDeals deal = new ClosedDeals(row.getObject(1, LocalDate.class), row.getString(3),
                    won ? row.getBigDecimal(5) : BigDecimal.ZERO, won ? row.getLong(4) : 0, won ? 0 : row.getLong(4));
            deals.merge(List.of(deal.bucket(), deal.currency()), deal, (a, b) -> new ClosedDeals(a.bucket(),
                    a.currency(), a.wonValue().add(b.wonValue()), a.won() + b.won(), a.lost() + b.lost()));
            if (won) {
                wonCycle[0] = wonCycle[0].add(row.getBigDecimal(6));
            }
        });
        return new Closed(List.copyOf(deals.values()), wonCycle[0]);
    }

    private record Closed(List<ClosedDeals> deals, BigDecimal wonCycleSeconds) {
    }

    /** The whole range as one span; read from the rollups unless an owner filters the rows, which they do not keep. */
    private static List<RollupSpan> spans(DateRange range, Duration bucket, UserId owner) {
        LocalDate label = LocalDate.ofInstant(range.from(), ZoneOffset.UTC);
        return List.of(owner == null ? RollupSpan.of(label, range.from(), range.to(), bucket)
                : RollupSpan.direct(label, range.from(), range.to()));
    }

    /**
     * A figure kept by a rollup: its columns summed over the whole buckets ({@code rollupColumns} on alias r, then
     * {@code groupBy} and {@code having}) and the same columns counted from the table's rows in the partial ones
     * ({@code rowColumns} on alias t, where {@code timeColumn} falls in the piece, then {@code groupBy}).
     */
    private record Rollup(String rollup, String rollupColumns, String having, String table, String timeColumn,
                          String rowColumns, String groupBy) {
    }

    /** Extra conditions on the rows (alias t) with their one parameter, or none. */
    private record RowFilter(String sql, Object value) {
        static final RowFilter NONE = new RowFilter("", null);
    }

    /**
     * One statement: the rollup's rows of the spans' whole buckets, then the figures counted from the rows of their
     * partial buckets; each row starts with the span's label, and the sink adds them up. A span without whole buckets
     * (an owner's, or one shorter than a bucket) reads rows only.
     */
    private static void spanned(Connection connection, WorkspaceId workspace, List<RollupSpan> spans, Rollup figure,
                                RowFilter filter, RowSink sink) throws SQLException {
        List<RollupSpan> whole = new ArrayList<>();
        List<RollupSpan> partial = new ArrayList<>();
        for (RollupSpan span : spans) {
            if (span.wholeFrom().isBefore(span.wholeTo())) {
                whole.add(new RollupSpan(span.label(), span.wholeFrom(), span.wholeTo(), span.wholeFrom(), span.wholeTo()));
            }
            if (span.from().isBefore(span.wholeFrom())) {
                partial.add(RollupSpan.direct(span.label(), span.from(), span.wholeFrom()));
            }
            if (span.wholeTo().isBefore(span.to())) {
                partial.add(RollupSpan.direct(span.label(), span.wholeTo(), span.to()));
            }
        }
        // Lateral, so each piece is one range scan of the index, whatever the planner guesses of the arrays' sizes.
        String pieces = "select b.label, x.* from unnest(?::text[]::date[], ?::text[]::timestamptz[], "
                + "?::text[]::timestamptz[]) as b (label, start, stop) cross join lateral (select ";
        String sql = pieces + figure.rollupColumns() + " from " + figure.rollup()
                + " r where r.workspace_id = ? and r.bucket >= b.start and r.bucket < b.stop" + figure.groupBy()
                + figure.having() + ") x union all " + pieces + figure.rowColumns() + " from " + figure.table()
                + " t where t.workspace_id = ? and t." + figure.timeColumn() + " >= b.start and t." + figure.timeColumn()
                + " < b.stop" + filter.sql() + figure.groupBy() + " having count(*) > 0) x";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int next = bindPieces(connection, select, 1, whole);
            select.setString(next, workspace.value());
            next = bindPieces(connection, select, next + 1, partial);
            select.setString(next, workspace.value());
            if (filter.value() != null) {
                select.setObject(next + 1, filter.value());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sink.accept(rows);
                }
            }
        }
    }

    private static int bindPieces(Connection connection, PreparedStatement select, int first, List<RollupSpan> pieces)
            throws SQLException {
        select.setArray(first, connection.createArrayOf("text",
                pieces.stream().map(piece -> piece.label().toString()).toArray()));
        select.setArray(first + 1, connection.createArrayOf("text",
                pieces.stream().map(piece -> piece.from().toString()).toArray()));
        select.setArray(first + 2, connection.createArrayOf("text",
                pieces.stream().map(piece -> piece.to().toString()).toArray()));
        return first + 3;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
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

    private static RowFilter owned(String column, UserId owner) {
        return owner == null ? RowFilter.NONE : new RowFilter(" and t." + column + " = ?", owner.value());
    }

    private static Where owned(WorkspaceId workspace, String column, UserId owner) {
        return Where.workspace(workspace).equal(column, owner == null ? null : owner.value());
    }

    private static long number(Connection connection, String selectFrom, Where where) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(selectFrom + where.sql())) {
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
