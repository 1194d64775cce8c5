package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.CrashableInstance.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An import whose instance is killed (SIGKILL) mid-file is resumed by another instance after the last batch the
 * first one committed: every row ends up imported exactly once, with one lead.created each. The instances work on a
 * database of their own, so the shared test server's workers cannot take the job.
 */
class ImportCrashTest {
    private static final int ROWS = 20_000;

    @Test
    void anImportKilledMidFileResumesWithNoRowTwiceAndNoneMissing() throws Exception {
        String url = CrashableInstance.newDatabase();
        String workspace = "ws-" + UUID.randomUUID();
        Api api = Api.as(TestTokens.member(workspace));
        String csv = "name,email\n" + IntStream.range(0, ROWS)
                .mapToObj(i -> "Lead " + i + ",lead" + i + "@x.io").collect(Collectors.joining("\n")) + "\n";

        Process child = CrashableInstance.start(url);
        String id;
        long atKill;
        try {
            Api onChild = api.on("http://localhost:" + CrashableInstance.port(child));
            Api.Answer started = onChild.send("POST", "/api/v1/leads/import?on_duplicate=create",
                    HttpRequest.BodyPublishers.ofString(csv), "Content-Type", "text/csv");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            id = started.json().at("/data/import_id").asText();
            atKill = awaitProcessed(onChild, id, 1_000);
            System.out.println("killing the instance at " + atKill + " rows");
            child.destroyForcibly().waitFor();
        } finally {
            child.destroyForcibly();
        }
        assertThat(atKill).as("killed mid-file").isBetween(1_000L, ROWS - 1L);

        try (Application resumer = TestServer.start(Map.of("DATABASE_URL", url,
                "JOB_LEASE_SECONDS", "3", "KAFKA_BOOTSTRAP_SERVERS", ""))) {
            JsonNode done = ImportsApiTest.awaitFinished(api.on(TestServer.url(resumer)), id, Duration.ofSeconds(120));
            assertThat(done.path("status").asText()).isEqualTo("completed");
            assertThat(done.path("processed").asLong()).isEqualTo(ROWS);
            assertThat(done.path("created").asLong()).isEqualTo(ROWS);
        }
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = db.createStatement()) {
            assertThat(number(sql, "select count(*) from leads")).isEqualTo(ROWS);
            assertThat(number(sql, "select count(distinct email) from leads")).isEqualTo(ROWS);
            assertThat(number(sql, "select count(*) from outbox_events where event_type = 'lead.created'"))
                    .isEqualTo(ROWS);
            assertThat(number(sql, "select count(*) from jobs where queue = 'import' and last_error like '%lease%'"))
                    .as("the job was interrupted and taken up again").isEqualTo(1);
        }
    }

    /** Waits until the import has committed at least {@code rows} rows; returns how many it has. */
    private static long awaitProcessed(Api api, String id, long rows) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            long processed = api.get("/api/v1/imports/" + id).json().at("/data/processed").asLong();
            if (processed >= rows) {
                return processed;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import did not reach " + rows + " rows");
    }
}
