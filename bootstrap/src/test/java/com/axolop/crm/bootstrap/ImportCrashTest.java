package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private static final int ROWS = 6_000;

    @Test
    void anImportKilledMidFileResumesWithNoRowTwiceAndNoneMissing() throws Exception {
        String database = "crash_" + UUID.randomUUID().toString().replace("-", "");
        String url = createDatabase(database);
        String workspace = "ws-" + UUID.randomUUID();
        Api api = Api.as(TestTokens.member(workspace));
        String csv = "name,email\n" + IntStream.range(0, ROWS)
                .mapToObj(i -> "Lead " + i + ",lead" + i + "@x.io").collect(Collectors.joining("\n")) + "\n";

        Process child = startChild(url);
        String id;
        long atKill;
        try {
            Api onChild = api.on("http://localhost:" + port(child));
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

    static String createDatabase(String name) throws SQLException {
        String serverUrl = TestServer.postgres().jdbcUrl();
        try (Connection db = DriverManager.getConnection(serverUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = db.createStatement()) {
            sql.execute("create database " + name);
        }
        return serverUrl.replaceFirst("/[^/?]+\\?", "/" + name + "?");
    }

    /**
     * The application in a child JVM on this test's classpath, over the given database and the tests' Redis, with
     * further {@code settings} as KEY=VALUE.
     */
    static Process startChild(String url, String... settings) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashableInstance.class.getName(), url, EmbeddedPostgresServer.PASSWORD,
                String.valueOf(TestServer.redis().port())));
        command.addAll(List.of(settings));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    static int port(Process child) throws Exception {
        var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("port=")) {
                return Integer.parseInt(line.substring("port=".length()));
            }
        }
        throw new IllegalStateException("the child instance stopped before serving");
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

    static long number(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
