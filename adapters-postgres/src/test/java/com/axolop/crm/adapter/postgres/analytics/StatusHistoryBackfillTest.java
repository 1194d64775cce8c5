package com.axolop.crm.adapter.postgres.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.analytics.StatusChange;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** V22 seeds the status history of the leads that exist before it, from what their rows still tell. */
class StatusHistoryBackfillTest {
    private final WorkspaceId workspace = new WorkspaceId("acme");

    // Whichever migrations precede V22 (others may number theirs in between).
    private static void migrateToJustBefore22(PostgresDatabase database) {
        var config = Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration");
        MigrationVersion last = Arrays.stream(config.load().info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.isNewerThan("0") && !version.isAtLeast("22"))
                .max(MigrationVersion::compareTo).orElseThrow();
        config.target(last).load().migrate();
    }

    @Test
    void existingLeadsEnterTheFunnelAtTheStageTheirStatusProves() throws Exception {
        try (var database = FreshDatabase.create("backfill")) {
            migrateToJustBefore22(database);
            var db = new PostgresTransactionRunner(database.dataSource());
            var rows = new TestRows(db, workspace);
            UUID fresh = rows.lead("NEW", null, null, "2024-02-01T10:00:00Z");
            UUID qualified = rows.lead("QUALIFIED", null, null, "2024-02-02T10:00:00Z");
            UUID lost = rows.lead("LOST", null, null, "2024-02-03T10:00:00Z");
            UUID converted = rows.lead("CONVERTED", null, null, "2024-02-04T10:00:00Z");
            rows.deal(converted, "10.00", "USD", "CLOSED_WON", 100, null, "2024-02-05T10:00:00Z",
                    "2024-02-06T10:00:00Z");

            database.migrate();

            var history = new PostgresLeadStatusHistory(db);
            assertThat(history.history(workspace, qualified)).extracting(StatusChange::from, StatusChange::to,
                    StatusChange::at).containsExactly(org.assertj.core.groups.Tuple.tuple(null, LeadStatus.QUALIFIED,
                    Instant.parse("2024-02-02T10:00:00Z")));
            assertThat(history.history(workspace, fresh)).hasSize(1);
            assertThat(history.history(workspace, lost)).extracting(StatusChange::to).containsExactly(LeadStatus.LOST);
            var funnel = new PostgresAnalyticsQueries(db).funnel(workspace,
                    new DateRange(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z")), null);
            // NEW: all four; CONTACTED and QUALIFIED: the qualified and converted ones; the LOST one is NEW only.
            assertThat(funnel.reached()).containsExactly(4L, 2L, 2L, 1L, 1L);
        }
    }
}
