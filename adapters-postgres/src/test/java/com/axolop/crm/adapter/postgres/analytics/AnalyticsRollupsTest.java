package com.axolop.crm.adapter.postgres.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.analytics.StatusChange;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.analytics.PeriodUnit;
import com.axolop.crm.domain.analytics.ReportPeriod;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rollups V24's triggers keep equal a count of the rows after every kind of write, and reports read through them
 * answer what counting every row answers, in zones whose midnights fall inside a UTC hour (Kolkata +05:30, Kathmandu
 * +05:45) and across DST changes. The rows-only answer is the same report for the one owner of every row: an owner
 * filter reads rows only. V24 backfills the rollups from the rows written before it.
 */
class AnalyticsRollupsTest {
    private static final UserId ANN = new UserId("ann");
    private static final LeadStatus[] STATUSES = LeadStatus.values();
    private static final String[] SOURCES = {"web", "ads", null};
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresAnalyticsQueries queries = new PostgresAnalyticsQueries(db);
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());

    @Test
    void rollupsEqualACountOfTheRowsAfterInsertsStatusChangesDeletesAndReopenedDeals() {
        writeEveryKindOfChange(db, Instant.parse("2024-02-28T20:00:00Z"), Instant.parse("2024-03-01T04:00:00Z"));

        assertRollupsEqualACountOfTheRows(db);
    }

    @Test
    void theMigrationBackfillsTheRollupsFromTheRowsThatExistBeforeIt() throws Exception {
        try (var database = FreshDatabase.create("rollups")) {
            var config = Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration");
            config.target(MigrationVersion.fromVersion("23")).load().migrate();
            var before = new PostgresTransactionRunner(database.dataSource());
            writeEveryKindOfChange(before, Instant.parse("2024-02-28T20:00:00Z"), Instant.parse("2024-03-01T04:00:00Z"));

            database.migrate();

            assertRollupsEqualACountOfTheRows(before);
        }
    }

    private void assertRollupsEqualACountOfTheRows(PostgresTransactionRunner db) {
        assertSameRows(db, """
                select bucket, status, source, sum(leads) from lead_rollup where workspace_id = ?
                group by 1, 2, 3 having sum(leads) <> 0 order by 1, 2, 3""", """
                select date_bin('1 day', created_at, 'epoch'), status, coalesce(source, ''), count(*) from leads
                where workspace_id = ? group by 1, 2, 3 order by 1, 2, 3""");
        assertSameRows(db, """
                select bucket, sum(contacts) from contact_rollup where workspace_id = ?
                group by 1 having sum(contacts) <> 0 order by 1""", """
                select date_bin('1 day', created_at, 'epoch'), count(*) from contacts where workspace_id = ?
                group by 1 order by 1""");
        assertSameRows(db, """
                select bucket, sum(activities) from activity_rollup where workspace_id = ?
                group by 1 having sum(activities) <> 0 order by 1""", """
                select date_bin('1 day', occurred_at, 'epoch'), count(*) from activities where workspace_id = ?
                group by 1 order by 1""");
        assertSameRows(db, """
                select bucket, stage, currency, sum(deals), sum(value), sum(cycle_seconds) from deal_rollup
                where workspace_id = ? group by 1, 2, 3 having sum(deals) <> 0 order by 1, 2, 3""", """
                select date_bin('1 hour', closed_at, 'epoch'), stage, currency, count(*), coalesce(sum(value), 0),
                       sum(extract(epoch from closed_at - created_at))
                from opportunities where workspace_id = ? and closed_at is not null group by 1, 2, 3 order by 1, 2, 3""");
        assertSameRows(db, """
                select stage, currency, sum(deals), sum(value), sum(weighted) from opportunity_pipeline
                where workspace_id = ? group by 1, 2 having sum(deals) <> 0 order by 1, 2""", """
                select stage, currency, count(*), coalesce(sum(value), 0), coalesce(sum(value * coalesce(probability, 0)), 0)
                from opportunities where workspace_id = ? and closed_at is null group by 1, 2 order by 1, 2""");
        assertSameRows(db, """
                select bucket, sum(leads), sum(contacted), sum(qualified), sum(converted), sum(won),
                       sum(contacted_pairs), sum(qualified_pairs), sum(converted_pairs), sum(won_pairs),
                       sum(contacted_seconds), sum(qualified_seconds), sum(converted_seconds), sum(won_seconds)
                from funnel_rollup where workspace_id = ? group by 1 having sum(leads) <> 0 order by 1""", """
                select date_bin('1 day', created_at, 'epoch'), count(*), count(contacted_at), count(qualified_at),
                       count(converted_at), count(won_at), count(contacted_at - created_at),
                       count(qualified_at - contacted_at), count(converted_at - qualified_at),
                       count(won_at - converted_at), coalesce(sum(extract(epoch from contacted_at - created_at)), 0),
                       coalesce(sum(extract(epoch from qualified_at - contacted_at)), 0),
                       coalesce(sum(extract(epoch from converted_at - qualified_at)), 0),
                       coalesce(sum(extract(epoch from won_at - converted_at)), 0)
                from lead_funnel where workspace_id = ? and created_at is not null group by 1 order by 1""");
    }

    @ParameterizedTest(name = "{0}, {1} to {2}")
    @CsvSource({
            "Asia/Kolkata, 2024-02-28, 2024-02-29",
            "Asia/Kathmandu, 2024-02-29, 2024-03-01",
            "Europe/Berlin, 2024-03-30, 2024-03-31",
            "America/New_York, 2024-11-02, 2024-11-03",
            "Australia/Lord_Howe, 2024-04-06, 2024-04-07"})
    void reportsThroughTheRollupsAnswerWhatCountingEveryRowAnswers(String zone, String first, String last) {
        ZoneId tz = ZoneId.of(zone);
        ReportPeriod period = ReportPeriod.between(LocalDate.parse(first), LocalDate.parse(last), tz);
        // Rows from a day before the period to a day after it, so both its ends cut through buckets.
        writeEveryKindOfChange(db, period.from().minus(Duration.ofDays(1)), period.to().plus(Duration.ofDays(1)));
        DateRange range = new DateRange(period.from(), period.to());

        assertThat(queries.period(workspace, range, null)).usingRecursiveComparison(exact())
                .isEqualTo(queries.period(workspace, range, ANN));
        assertThat(queries.period(workspace, range, null).activities()).isEqualTo(count("""
                select count(*) from activities where workspace_id = ? and occurred_at >= ? and occurred_at < ?""",
                range));
        assertThat(queries.funnel(workspace, range, null)).usingRecursiveComparison(exact())
                .isEqualTo(queries.funnel(workspace, range, ANN));
        for (PeriodUnit interval : List.of(PeriodUnit.DAY, PeriodUnit.WEEK, PeriodUnit.MONTH)) {
            assertThat(queries.revenue(workspace, period, interval, null)).usingRecursiveComparison(exact())
                    .isEqualTo(queries.revenue(workspace, period, interval, ANN));
        }
        assertThat(queries.period(workspace, range, null).newLeads()).isPositive();
        assertThat(queries.revenue(workspace, period, PeriodUnit.DAY, null).wonDeals()).isPositive();
    }

    /**
     * Every 17 minutes between from and to: a lead (a funnel row as the subscriber writes it), and in turn a contact,
     * an activity and a closed deal, all Ann's; then statuses moving back and forth, deletes, a deal reopened and
     * closed again, values changed, in single- and multi-row statements.
     */
    private void writeEveryKindOfChange(PostgresTransactionRunner db, Instant from, Instant to) {
        TestRows rows = new TestRows(db, workspace);
        PostgresLeadStatusHistory history = new PostgresLeadStatusHistory(db);
        List<UUID> leads = new ArrayList<>();
        int n = 0;
        for (Instant at = from; at.isBefore(to); at = at.plus(Duration.ofMinutes(17)), n++) {
            LeadStatus status = STATUSES[n % STATUSES.length];
            UUID lead = rows.lead(status.name(), SOURCES[n % SOURCES.length], "ann", at.toString());
            leads.add(lead);
            history.record(new StatusChange(Uuids.v7(), workspace, lead, null, LeadStatus.NEW, at));
            if (status != LeadStatus.NEW) {
                history.record(new StatusChange(Uuids.v7(), workspace, lead, LeadStatus.NEW, status,
                        at.plus(Duration.ofMinutes(n % 90))));
            }
            if (n % 3 == 0) {
                rows.contact("ann", at.toString());
            }
            if (n % 4 == 0) {
                rows.activity(at.toString());
            }
            if (n % 2 == 0) {
                rows.deal(lead, (n * 10) + ".25", n % 4 == 0 ? "USD" : "EUR", n % 6 == 0 ? "CLOSED_LOST" : "CLOSED_WON",
                        50, "ann", at.minus(Duration.ofHours(n)).toString(), at.toString());
                if (n % 6 != 0) {
                    history.dealWon(workspace, lead, at);
                }
            }
        }
        for (int i = 0; i < leads.size(); i += 5) {
            history.record(new StatusChange(Uuids.v7(), workspace, leads.get(i), LeadStatus.NEW,
                    LeadStatus.QUALIFIED, from.plus(Duration.ofMinutes(i))));
            history.record(new StatusChange(Uuids.v7(), workspace, leads.get(i), LeadStatus.QUALIFIED,
                    LeadStatus.LOST, from.plus(Duration.ofMinutes(i + 1))));
        }
        rows.execute("update leads set status = 'QUALIFIED' where workspace_id = ? and status = 'NEW'");
        rows.execute("update leads set status = 'NEW' where workspace_id = ? and source = 'web' and status = 'QUALIFIED'");
        rows.execute("update leads set source = 'events' where workspace_id = ? and source is null and status = 'LOST'");
        rows.execute("update leads set name = 'Renamed' where workspace_id = ?");
        for (int i = 1; i < leads.size(); i += 7) {
            rows.execute("delete from leads where workspace_id = ? and id = '" + leads.get(i) + "'");
            history.leadDeleted(workspace, leads.get(i));
        }
        rows.execute("update opportunities set stage = 'PROPOSAL', closed_at = null "
                + "where workspace_id = ? and stage = 'CLOSED_WON' and value < 300");
        rows.execute("update opportunities set stage = 'CLOSED_LOST', closed_at = created_at + interval '90 minutes' "
                + "where workspace_id = ? and stage = 'PROPOSAL' and value < 100");
        rows.execute("update opportunities set value = value + 0.01 where workspace_id = ? and currency = 'EUR'");
        rows.execute("delete from opportunities where workspace_id = ? and value > 2000 and value < 2400");
        rows.execute("delete from contacts where workspace_id = ? and created_at < (select min(created_at) "
                + "from contacts c where c.workspace_id = contacts.workspace_id) + interval '3 hours'");
        rows.execute("delete from activities where workspace_id = ? and occurred_at < (select min(occurred_at) "
                + "from activities a where a.workspace_id = activities.workspace_id) + interval '2 hours'");
    }

    /** The rollup's non-zero sums per key equal the recount, for this workspace. */
    private void assertSameRows(PostgresTransactionRunner db, String rollup, String recount) {
        assertThat(strings(db, rollup)).isNotEmpty().isEqualTo(strings(db, recount));
    }

    private List<String> strings(PostgresTransactionRunner db, String sql) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, workspace.value());
                return Rows.all(select, row -> {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        Object value = row.getObject(i);
                        line.append(value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                                : String.valueOf(value)).append('|');
                    }
                    return line.toString();
                });
            }
        });
    }

    private long count(String sql, DateRange range) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, workspace.value());
                select.setObject(2, Where.timestamp(range.from()));
                select.setObject(3, Where.timestamp(range.to()));
                return Rows.number(select);
            }
        });
    }

    /** Amounts compared by value (0.50 = 0.5), lists in any order. */
    private static RecursiveComparisonConfiguration exact() {
        return RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .withIgnoreCollectionOrder(true)
                .build();
    }
}
