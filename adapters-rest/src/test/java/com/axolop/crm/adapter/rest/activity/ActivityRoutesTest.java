package com.axolop.crm.adapter.rest.activity;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.axolop.crm.application.activity.Activity;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/analytics/activity}: the workspace's timeline, newest first. The timeline is fed from
 * Kafka in production (bootstrap's ActivityApiTest); here its entries are put in the fake store directly.
 */
class ActivityRoutesTest extends RoutesTest {
    private static final String TIMELINE = "/api/v1/analytics/activity";

    ActivityRoutesTest(DirectClient client) {
        super(client);
    }

    private Activity happened(String workspace, String entityType, String entityId, String type, String at,
                              String summary) {
        var activity = new Activity(UUID.randomUUID(), new WorkspaceId(workspace), entityType, entityId, type,
                Instant.parse(at), summary);
        BACKEND.activities.append(activity);
        return activity;
    }

    @Test
    void listsTheWorkspacesActivityNewestFirstInTheListEnvelope() {
        Activity created = happened(workspace, "lead", "l1", "lead.created", "2026-03-01T10:00:00Z", "Acme");
        happened(workspace, "lead", "l1", "lead.updated", "2026-03-01T11:00:00Z", "Acme Inc");
        happened("ws-" + UUID.randomUUID(), "lead", "l9", "lead.created", "2026-03-01T12:00:00Z", "Not ours");

        JsonNode page = api.get(TIMELINE).json();

        assertThat(TestApi.each(page.path("data"), "type")).containsExactly("lead.updated", "lead.created");
        JsonNode oldest = page.at("/data/1");
        assertThat(oldest.path("id").asText()).isEqualTo(created.id().toString());
        assertThat(oldest.path("entity_type").asText()).isEqualTo("lead");
        assertThat(oldest.path("entity_id").asText()).isEqualTo("l1");
        assertThat(oldest.path("occurred_at").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(oldest.path("summary").asText()).isEqualTo("Acme");
        assertThat(page.path("pagination").toString()).isEqualTo("{\"page\":1,\"limit\":20,\"total\":2,\"totalPages\":1}");
    }

    @Test
    void filtersByEntityAndWhenItHappened() {
        happened(workspace, "lead", "l1", "lead.created", "2026-03-01T10:00:00Z", "First");
        happened(workspace, "lead", "l2", "lead.created", "2026-03-02T10:00:00Z", "Second");
        happened(workspace, "contact", "c1", "contact.created", "2026-03-02T11:00:00Z", "Jane");

        assertThat(api.get(TIMELINE + "?entityType=lead&entityId=l1").listed("summary")).containsExactly("First");
        assertThat(api.get(TIMELINE + "?entityType=lead").listed("summary")).containsExactly("Second", "First");
        assertThat(api.get(TIMELINE + "?startDate=2026-03-02").listed("summary")).containsExactly("Jane", "Second");
    }

    @Test
    void badParametersAreOne400ListingEach() {
        JsonNode body = assertError(api.get(TIMELINE + "?page=0&limit=500&startDate=yesterday"), 400, TIMELINE);

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("page", "limit", "startDate");
    }

    @Test
    void aViewerMayReadTheTimelineButAnonymousMayNot() {
        assertThat(withRole("viewer").get(TIMELINE).status()).isEqualTo(200);
        assertError(anonymous.get(TIMELINE), 401, TIMELINE);
    }

    @Test
    void onlyGetIsAllowed() {
        TestApi.Answer post = api.post(TIMELINE, "{}");

        assertError(post, 405, TIMELINE);
        assertThat(post.header("Allow")).contains("GET");
    }
}
