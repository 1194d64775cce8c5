package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The first event subscriber: the activity timeline, fed from Kafka, deduplicated, workspace-scoped. */
class ActivityApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));

    @Test
    void committedWritesAppearInTheTimelineNewestFirst() {
        String id = api.createLead("{\"name\":\"Acme\"}");
        api.put("/api/v1/leads/" + id, "{\"name\":\"Acme Inc\"}");

        JsonNode timeline = awaitTimeline("", page -> page.path("data").size() >= 2);

        assertThat(types(timeline)).containsExactly("lead.updated", "lead.created");
        assertThat(timeline.at("/data/0/entity_type").asText()).isEqualTo("lead");
        assertThat(timeline.at("/data/0/entity_id").asText()).isEqualTo(id);
        assertThat(timeline.at("/data/0/summary").asText()).isEqualTo("Acme Inc");
        assertThat(timeline.at("/pagination/total").asLong()).isEqualTo(2);
        assertThat(Api.as(TestTokens.member("ws-" + UUID.randomUUID())).get("/api/v1/analytics/activity")
                .json().path("data")).isEmpty();
    }

    @Test
    void filtersByEntity() {
        String first = api.createLead("{\"name\":\"First\"}");
        api.createLead("{\"name\":\"Second\"}");
        awaitTimeline("", page -> page.path("data").size() >= 2);

        JsonNode onlyFirst = api.get("/api/v1/analytics/activity?entityType=lead&entityId=" + first).json();

        assertThat(onlyFirst.path("data")).hasSize(1);
        assertThat(onlyFirst.at("/data/0/summary").asText()).isEqualTo("First");
    }

    @Test
    void eventsRepublishedAfterARelayCrashAreAppliedOnce() throws Exception {
        try (var tap = new EventTap(workspace)) {
            String id = api.createLead("{\"name\":\"Once\"}");
            awaitTimeline("", page -> page.path("data").size() >= 1);

            // As if the relay died after Kafka acknowledged the batch but before marking it: it sends again.
            markUnpublished();
            // A later event of the same lead shares its partition, so it is dispatched after the duplicate.
            api.put("/api/v1/leads/" + id, "{\"name\":\"Once more\"}");
            List<String> sent = tap.awaitUntil(seen -> seen.size() >= 3).stream()
                    .map(record -> EventTap.header(record, "ce_type")).toList();
            JsonNode timeline = awaitTimeline("", page -> page.path("data").size() >= 2);

            assertThat(sent).containsExactly("lead.created", "lead.created", "lead.updated");
            assertThat(types(timeline)).containsExactly("lead.updated", "lead.created");
        }
    }

    private void markUnpublished() throws Exception {
        try (Connection connection = DriverManager.getConnection(TestServer.postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement update = connection.prepareStatement(
                     "update outbox_events set published_at = null where workspace_id = ?")) {
            update.setString(1, workspace);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private JsonNode awaitTimeline(String query, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode page = api.get("/api/v1/analytics/activity" + query).json();
        while (!done.test(page) && Instant.now().isBefore(deadline)) {
            sleep();
            page = api.get("/api/v1/analytics/activity" + query).json();
        }
        return page;
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.path("data").forEach(activity -> types.add(activity.path("type").asText()));
        return types;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
