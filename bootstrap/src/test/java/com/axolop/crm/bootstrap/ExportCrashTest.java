package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.CrashableInstance.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.exporting.RunExport;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An export whose instance is killed (SIGKILL) while it writes the package is written anew by another instance once
 * the dead worker's lease has run out: the package completes once, holding every lead once. The instances work on a
 * database of their own, so the shared test server's workers cannot take the job.
 */
class ExportCrashTest {
    private static final int LEADS = 50_000;

    @Test
    void anExportKilledMidPackageIsWrittenAgainOnRestartAndCompletesOnce() throws Exception {
        String url = CrashableInstance.newDatabase();
        String workspace = "ws-" + UUID.randomUUID();
        String token = TestTokens.member(workspace);
        Api api = Api.as(token);

        Process child = CrashableInstance.start(url);
        String id;
        try {
            Api onChild = api.on("http://localhost:" + CrashableInstance.port(child));
            seed(url, workspace);
            Api.Answer started = onChild.post("/api/v1/exports", "{\"entities\":[\"leads\"]}");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            id = started.json().at("/data/export_id").asText();
            awaitLeadsWritten(onChild, id, RunExport.PROGRESS_EVERY);
            child.destroyForcibly().waitFor();
        } finally {
            child.destroyForcibly();
        }
        assertThat(status(url, id)).as("killed mid-package").isEqualTo("running");

        try (Application resumer = TestServer.start(Map.of("DATABASE_URL", url,
                "JOB_LEASE_SECONDS", "3", "KAFKA_BOOTSTRAP_SERVERS", ""))) {
            JsonNode done = ExportPackagesApiTest.awaitFinished(api.on(TestServer.url(resumer)), id,
                    Duration.ofSeconds(120));
            assertThat(done.path("status").asText()).isEqualTo("completed");
            assertThat(done.at("/rows/leads").asLong()).isEqualTo(LEADS);
            Map<String, String> zip = ExportPackagesApiTest.download(TestServer.url(resumer), token, id);
            assertThat(zip.get("leads.csv").lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                    .distinct().count()).isEqualTo(LEADS);
            assertThat(zip.get("leads.csv").lines().count()).isEqualTo(LEADS + 1);
        }
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = db.createStatement()) {
            assertThat(number(sql, "select count(*) from jobs where queue = 'export' and last_error like '%lease%'"))
                    .as("the job was interrupted and taken up again").isEqualTo(1);
        }
    }

    /** The workspace's leads, written straight into the database: the test is about the export. */
    private static void seed(String url, String workspace) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); PreparedStatement insert = db.prepareStatement("""
                insert into leads (id, workspace_id, name, email, status, currency, created_by, created_at, updated_at,
                                   version)
                select gen_random_uuid(), ?, 'Lead ' || i, 'lead' || i || '@x.io', 'NEW', 'USD', 'seed', now(), now(), 1
                from generate_series(1, ?) i""")) {
            insert.setString(1, workspace);
            insert.setInt(2, LEADS);
            insert.executeUpdate();
        }
    }

    /** Waits until the running export has saved progress of at least {@code rows} leads. */
    private static void awaitLeadsWritten(Api api, String id, long rows) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonNode export = api.get("/api/v1/exports/" + id).json().path("data");
            if (export.at("/rows/leads").asLong() >= rows) {
                assertThat(export.path("status").asText()).as("still writing").isEqualTo("running");
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the export did not reach " + rows + " leads");
    }

    private static String status(String url, String id) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
             PreparedStatement select = db.prepareStatement("select status from exports where id = ?::uuid")) {
            select.setString(1, id);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
