package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The queue management routes end to end (admins only, scoped to the caller's workspace). */
class QueuesApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api admin = Api.as(TestTokens.withRole(workspace, "admin"));

    /** A finished job of the workspace, as the workers leave one (no handler is registered for "test" jobs). */
    private String storedJob(String queue, String state) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection connection = DriverManager.getConnection(TestServer.postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement insert = connection.prepareStatement("""
                     insert into jobs (id, workspace_id, queue, type, payload, priority, state, attempts, max_attempts,
                                       run_at, created_at, finished_at, last_error)
                     values (?::uuid, ?, ?, 'test', '{}', 5, ?, 3, 3, now(), now(), now() - interval '1 hour', 'boom')
                     """)) {
            insert.setString(1, id);
            insert.setString(2, workspace);
            insert.setString(3, queue);
            insert.setString(4, state);
            insert.executeUpdate();
        }
        return id;
    }

    @Test
    void listsEveryQueueWithItsCounts() throws SQLException {
        storedJob("email", "failed");

        JsonNode queues = admin.get("/api/v1/queues").json().path("data");

        assertThat(queues).extracting(queue -> queue.path("name").asText())
                .containsExactly("email", "workflow", "import", "export", "analytics", "webhook");
        assertThat(queues.get(0).toString()).isEqualTo(
                "{\"name\":\"email\",\"waiting\":0,\"active\":0,\"completed\":0,\"failed\":1,\"delayed\":0,"
                        + "\"paused\":false}");
    }

    @Test
    void anotherWorkspacesJobsAreNotCountedOrListed() throws SQLException {
        storedJob("email", "failed");
        Api stranger = Api.as(TestTokens.withRole("ws-" + UUID.randomUUID(), "admin"));

        assertThat(stranger.get("/api/v1/queues/email").json().at("/data/failed").asLong()).isZero();
        assertThat(stranger.get("/api/v1/queues/email/jobs").json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void onlyAdminsManageQueues() {
        Api member = Api.as(TestTokens.member(workspace));

        assertError(member.get("/api/v1/queues"), 403, "/api/v1/queues");
        assertError(member.post("/api/v1/queues/email/pause", ""), 403, "/api/v1/queues/email/pause");
    }

    @Test
    void anUnknownQueueIsNotFound() {
        assertError(admin.get("/api/v1/queues/sms"), 404, "/api/v1/queues/sms");
        assertError(admin.post("/api/v1/queues/sms/pause", ""), 404, "/api/v1/queues/sms/pause");
    }

    @Test
    void pauseAndResumeShowInTheQueue() {
        assertThat(admin.post("/api/v1/queues/email/pause", "").json().at("/data/paused").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/queues/email").json().at("/data/paused").asBoolean()).isTrue();

        assertThat(admin.post("/api/v1/queues/email/resume", "").json().at("/data/paused").asBoolean()).isFalse();
    }

    @Test
    void listsTheJobsOfAStateNewestFirst() throws SQLException {
        String failed = storedJob("email", "failed");
        storedJob("email", "completed");

        JsonNode page = admin.get("/api/v1/queues/email/jobs?state=failed&limit=10").json();

        assertThat(page.at("/pagination/total").asLong()).isEqualTo(1);
        assertThat(page.at("/data/0/id").asText()).isEqualTo(failed);
        assertThat(page.at("/data/0/last_error").asText()).isEqualTo("boom");
        assertThat(page.at("/data/0/state").asText()).isEqualTo("failed");
    }

    @Test
    void cleanRemovesTheFinishedJobsOlderThanTheGrace() throws SQLException {
        storedJob("email", "completed");
        storedJob("email", "failed");

        JsonNode kept = admin.post("/api/v1/queues/email/clean?grace=86400000", "").json();
        JsonNode cleaned = admin.post("/api/v1/queues/email/clean?grace=60000", "").json();

        assertThat(kept.at("/data/removed").asLong()).isZero();
        assertThat(cleaned.at("/data/removed").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/v1/queues/email").json().at("/data/failed").asLong()).isEqualTo(1);
    }

    @Test
    void badParametersAreOne400ListingEach() {
        JsonNode clean = assertError(admin.post("/api/v1/queues/email/clean?grace=-1&state=active", ""), 400,
                "/api/v1/queues/email/clean");
        JsonNode jobs = assertError(admin.get("/api/v1/queues/email/jobs?state=stuck&limit=0"), 400,
                "/api/v1/queues/email/jobs");

        assertThat(ErrorFormat.fieldsInError(clean)).contains("grace", "state");
        assertThat(ErrorFormat.fieldsInError(jobs)).contains("state", "limit");
    }

    @Test
    void aFailedJobIsRetriedAndOnlyAFailedOne() throws SQLException {
        String failed = storedJob("export", "failed");
        String completed = storedJob("export", "completed");

        JsonNode retried = admin.post("/api/v1/queues/export/jobs/" + failed + "/retry", "").json().path("data");

        assertThat(retried.path("attempts").asInt()).isZero();
        assertThat(retried.path("state").asText()).isIn("waiting", "active", "failed");
        assertError(admin.post("/api/v1/queues/export/jobs/" + completed + "/retry", ""), 409,
                "/api/v1/queues/export/jobs/" + completed + "/retry");
        String unknown = "/api/v1/queues/export/jobs/" + UUID.randomUUID() + "/retry";
        assertError(admin.post(unknown, ""), 404, unknown);
        assertError(admin.post("/api/v1/queues/export/jobs/not-a-uuid/retry", ""), 404,
                "/api/v1/queues/export/jobs/not-a-uuid/retry");
    }
}
