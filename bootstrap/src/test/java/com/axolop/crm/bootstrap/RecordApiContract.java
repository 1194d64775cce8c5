package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every record resource shares, run once per resource: 201 + Location + ETag, read, full update with
 * If-Match, delete, 404 for other workspaces and malformed ids, viewers read only, paging envelope.
 */
abstract class RecordApiContract {
    protected final String workspace = "ws-" + UUID.randomUUID();
    protected final Api api = Api.as(TestTokens.member(workspace));

    /** The collection path, e.g. /api/v1/contacts. */
    abstract String path();

    /** A valid body for a new record of this workspace (may create what it refers to through {@link #api}). */
    abstract String validBody();

    /** A valid full replacement of {@link #validBody()} that differs from it. */
    abstract String changedBody();

    String create() {
        Api.Answer created = api.post(path(), validBody());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    @Test
    void createsWith201LocationEtagAndServerOwnedFields() {
        Api.Answer created = api.post(path(), validBody());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode record = created.json().path("data");
        assertThat(created.header("Location")).contains(path() + "/" + record.path("id").asText());
        assertThat(created.header("ETag")).contains("\"1\"");
        assertThat(record.path("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(record.path("workspace_id").asText()).isEqualTo(workspace);
        assertThat(record.path("created_by").asText()).isEqualTo("user-" + workspace);
        assertThat(record.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void ignoresServerOwnedFieldsInTheBody() throws Exception {
        ObjectNode body = (ObjectNode) Api.JSON.readTree(validBody());
        body.put("id", "00000000-0000-7000-8000-000000000000").put("workspace_id", "someone-else")
                .put("created_at", "2000-01-01T00:00:00Z").put("updated_at", "2000-01-01T00:00:00Z")
                .put("version", 42).put("created_by", "mallory");

        JsonNode record = api.post(path(), body.toString()).json().path("data");

        assertThat(record.path("id").asText()).isNotEqualTo("00000000-0000-7000-8000-000000000000");
        assertThat(record.path("workspace_id").asText()).isEqualTo(workspace);
        assertThat(record.path("created_at").asText()).doesNotStartWith("2000");
        assertThat(record.path("version").asLong()).isEqualTo(1);
        assertThat(record.path("created_by").asText()).isEqualTo("user-" + workspace);
    }

    @Test
    void readsWithItsEtag() {
        String id = create();

        Api.Answer read = api.get(path() + "/" + id);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).contains("\"1\"");
        assertThat(read.json().at("/data/id").asText()).isEqualTo(id);
    }

    @Test
    void updatesWithIfMatchAndBumpsTheVersion() {
        String id = create();

        Api.Answer updated = api.put(path() + "/" + id, changedBody(), "If-Match", "\"1\"");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).contains("\"2\"");
        assertThat(api.get(path() + "/" + id).json().at("/data/version").asLong()).isEqualTo(2);
    }

    @Test
    void anIdenticalUpdateKeepsTheVersion() {
        String id = create();
        JsonNode before = api.get(path() + "/" + id).json().path("data");

        Api.Answer same = api.put(path() + "/" + id, before.toString());

        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.header("ETag")).contains("\"1\"");
    }

    @Test
    void staleIfMatchIs412OnUpdateAndDelete() {
        String id = create();

        assertError(api.put(path() + "/" + id, changedBody(), "If-Match", "\"7\""), 412, path() + "/" + id);
        assertError(api.delete(path() + "/" + id, "If-Match", "\"7\""), 412, path() + "/" + id);
        assertThat(api.get(path() + "/" + id).json().at("/data/version").asLong()).isEqualTo(1);
    }

    @Test
    void ifMatchMayListSeveralTagsOfWhichOneMustBeCurrent() {
        String id = create();

        assertError(api.put(path() + "/" + id, changedBody(), "If-Match", "\"5\", W/\"6\""), 412, path() + "/" + id);
        Api.Answer updated = api.put(path() + "/" + id, changedBody(), "If-Match", "\"5\", W/\"1\"");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    }

    @Test
    void deletesWith204AndThenItIsGone() {
        String id = create();

        assertThat(api.delete(path() + "/" + id, "If-Match", "\"1\"").status()).isEqualTo(204);
        assertError(api.get(path() + "/" + id), 404, path() + "/" + id);
    }

    @Test
    void anotherWorkspacesRecordIsNotFound() {
        String id = create();
        Api stranger = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));

        assertError(stranger.get(path() + "/" + id), 404, path() + "/" + id);
        assertError(stranger.put(path() + "/" + id, changedBody()), 404, path() + "/" + id);
        assertError(stranger.delete(path() + "/" + id), 404, path() + "/" + id);
        assertThat(stranger.get(path()).json().at("/pagination/total").asLong()).isZero();
        assertThat(api.get(path() + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void aMalformedIdIsNotFound() {
        assertError(api.get(path() + "/not-a-uuid"), 404, path() + "/not-a-uuid");
    }

    @Test
    void viewerReadsButCannotWrite() {
        String id = create();
        Api viewer = Api.as(TestTokens.withRole(workspace, "viewer"));

        assertThat(viewer.get(path() + "/" + id).status()).isEqualTo(200);
        assertError(viewer.post(path(), validBody()), 403, path());
        assertError(viewer.put(path() + "/" + id, changedBody()), 403, path() + "/" + id);
        assertError(viewer.delete(path() + "/" + id), 403, path() + "/" + id);
    }

    @Test
    void listsWithThePaginationEnvelope() {
        create();
        create();
        create();

        JsonNode page = api.get(path() + "?limit=2&page=2&sort=created_at&order=asc").json();

        assertThat(page.path("data")).hasSize(1);
        assertThat(page.path("pagination").toString())
                .isEqualTo("{\"page\":2,\"limit\":2,\"total\":3,\"totalPages\":2,\"next_cursor\":null}");
    }

    @Test
    void nextCursorsLeadThroughEveryRecordInTheListsOrder() {
        for (int i = 0; i < 5; i++) {
            create();
        }
        List<String> byNumber = ids(api.get(path() + "?limit=100&sort=created_at&order=asc").json());

        List<String> byCursor = new ArrayList<>();
        JsonNode page = api.get(path() + "?limit=2&sort=created_at&order=asc").json();
        byCursor.addAll(ids(page));
        while (!page.at("/pagination/next_cursor").isNull()) {
            page = api.get(path() + "?limit=2&cursor=" + page.at("/pagination/next_cursor").asText()).json();
            assertThat(page.path("pagination").has("page")).isFalse();
            byCursor.addAll(ids(page));
        }

        assertThat(byCursor).hasSize(5).containsExactlyElementsOf(byNumber);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("data").forEach(record -> ids.add(record.path("id").asText()));
        return ids;
    }

    @Test
    void badListParametersAreOne400ListingEach() {
        JsonNode body = assertError(api.get(path() + "?limit=500&sort=nope&order=up"), 400, path());

        assertThat(ErrorFormat.fieldsInError(body)).contains("limit", "sort", "order");
    }
}
