package com.axolop.crm.adapter.rest;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every record resource shares, at the routing level (bootstrap's RecordApiContract runs the same rules
 * end to end): 201 + Location + ETag, read with its ETag, full update with If-Match, delete, 404 for other
 * workspaces, unknown and malformed ids, viewers read only, the paging envelope and its parameters, 405s.
 * Extended once per resource; a resource with an export adds {@link ExportRoutesContract}.
 */
public abstract class RecordRoutesContract extends RoutesTest {
    private static final String UUID_V7 = "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    protected RecordRoutesContract(DirectClient client) {
        super(client);
    }

    /** The collection path, e.g. /api/v1/contacts. */
    public abstract String path();

    /** A valid body for a new record of this workspace (may create what it refers to through {@link #api}). */
    public abstract String validBody();

    /** A valid full replacement of {@link #validBody()} that differs from it. */
    public abstract String changedBody();

    public TestApi api() {
        return api;
    }

    /** Creates a record from {@link #validBody()} and returns its id. */
    public String create() {
        return api.create(path(), validBody());
    }

    protected String at(String id) {
        return path() + "/" + id;
    }

    protected long versionOf(String id) {
        return api.get(at(id)).data().path("version").asLong();
    }

    @Test
    void createsWith201LocationEtagAndServerOwnedFields() {
        TestApi.Answer created = api.post(path(), validBody());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode record = created.data();
        assertThat(created.header("Location")).contains(at(record.path("id").asText()));
        assertThat(created.header("ETag")).contains("\"1\"");
        assertThat(created.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(record.path("id").asText()).matches(UUID_V7);
        assertThat(record.path("workspace_id").asText()).isEqualTo(workspace);
        assertThat(record.path("created_by").asText()).isEqualTo("user-" + workspace);
        assertThat(record.path("created_at").asText()).isEqualTo(FakeBackend.START.toString());
        assertThat(record.path("updated_at").asText()).isEqualTo(FakeBackend.START.toString());
        assertThat(record.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void ignoresServerOwnedFieldsInTheBody() {
        ObjectNode body = parse(validBody());
        body.put("id", "00000000-0000-7000-8000-000000000000").put("workspace_id", "someone-else")
                .put("created_at", "2000-01-01T00:00:00Z").put("updated_at", "2000-01-01T00:00:00Z")
                .put("version", 42).put("created_by", "mallory");

        TestApi.Answer created = api.post(path(), body.toString());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode record = created.data();
        assertThat(record.path("id").asText()).isNotEqualTo("00000000-0000-7000-8000-000000000000");
        assertThat(record.path("workspace_id").asText()).isEqualTo(workspace);
        assertThat(record.path("created_at").asText()).doesNotStartWith("2000");
        assertThat(record.path("updated_at").asText()).doesNotStartWith("2000");
        assertThat(record.path("version").asLong()).isEqualTo(1);
        assertThat(record.path("created_by").asText()).isEqualTo("user-" + workspace);
    }

    @Test
    void readsWhatWasCreatedWithItsEtag() {
        TestApi.Answer created = api.post(path(), validBody());
        String id = created.data().path("id").asText();

        TestApi.Answer read = api.get(at(id));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).contains("\"1\"");
        assertThat(read.data()).isEqualTo(created.data());
    }

    @Test
    void updatesWithIfMatchAndBumpsTheVersion() {
        String id = create();

        TestApi.Answer updated = api.put(at(id), changedBody(), "If-Match", "\"1\"");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).contains("\"2\"");
        assertThat(updated.data().path("version").asLong()).isEqualTo(2);
        assertThat(api.get(at(id)).data()).isEqualTo(updated.data());
    }

    @Test
    void anUpdateWithoutIfMatchOrWithAStarAppliesToTheCurrentVersion() {
        String id = create();

        assertThat(api.put(at(id), changedBody()).header("ETag")).contains("\"2\"");
        assertThat(api.put(at(id), validBody(), "If-Match", "*").header("ETag")).contains("\"3\"");
    }

    @Test
    void anIdenticalUpdateKeepsTheVersion() {
        String id = create();
        JsonNode before = api.get(at(id)).data();

        TestApi.Answer same = api.put(at(id), before.toString(), "If-Match", "\"1\"");

        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.header("ETag")).contains("\"1\"");
        assertThat(same.data()).isEqualTo(before);
    }

    @Test
    void aStaleIfMatchIs412OnUpdateAndChangesNothing() {
        String id = create();

        assertError(api.put(at(id), changedBody(), "If-Match", "\"7\""), 412, at(id));

        assertThat(versionOf(id)).isEqualTo(1);
    }

    @Test
    void aStaleIfMatchIs412OnDeleteAndKeepsTheRecord() {
        String id = create();

        assertError(api.delete(at(id), "If-Match", "\"7\""), 412, at(id));

        assertThat(api.get(at(id)).status()).isEqualTo(200);
    }

    @Test
    void ifMatchMayListSeveralTagsOfWhichOneMustBeCurrent() {
        String id = create();

        assertError(api.put(at(id), changedBody(), "If-Match", "\"5\", W/\"6\""), 412, at(id));
        TestApi.Answer updated = api.put(at(id), changedBody(), "If-Match", "\"5\", W/\"1\"");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    }

    @Test
    void anIfMatchWithNoneOfOurTagsIs412() {
        String id = create();

        assertError(api.put(at(id), changedBody(), "If-Match", "\"abc\""), 412, at(id));
        assertError(api.delete(at(id), "If-Match", "1"), 412, at(id));
    }

    @Test
    void deletesWith204AndThenItIsGone() {
        String id = create();

        TestApi.Answer deleted = api.delete(at(id), "If-Match", "\"1\"");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertError(api.get(at(id)), 404, at(id));
        assertError(api.delete(at(id)), 404, at(id));
        assertError(api.put(at(id), changedBody()), 404, at(id));
    }

    @Test
    void anotherWorkspacesRecordIsNotFound() {
        String id = create();
        TestApi stranger = stranger();

        assertError(stranger.get(at(id)), 404, at(id));
        assertError(stranger.put(at(id), changedBody()), 404, at(id));
        assertError(stranger.delete(at(id)), 404, at(id));
        assertThat(stranger.get(path()).json().at("/pagination/total").asLong()).isZero();
        assertThat(versionOf(id)).isEqualTo(1);
    }

    @Test
    void anUnknownIdIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertError(api.get(at(unknown)), 404, at(unknown));
        assertError(api.put(at(unknown), changedBody()), 404, at(unknown));
        assertError(api.delete(at(unknown)), 404, at(unknown));
    }

    @Test
    void aMalformedIdIsNotFound() {
        assertError(api.get(at("not-a-uuid")), 404, at("not-a-uuid"));
        assertError(api.put(at("42"), changedBody()), 404, at("42"));
        assertError(api.delete(at("%27%3B%20drop")), 404, at("%27%3B%20drop"));
    }

    @Test
    void aViewerReadsTheRecordAndTheList() {
        String id = create();
        TestApi viewer = withRole("viewer");

        assertThat(viewer.get(at(id)).status()).isEqualTo(200);
        assertThat(viewer.get(path()).json().at("/pagination/total").asLong()).isEqualTo(1);
    }

    @Test
    void aViewerCannotCreate() {
        JsonNode error = assertError(withRole("viewer").post(path(), validBody()), 403, path());

        assertThat(error.path("message").asText()).contains("viewer");
        assertThat(api.get(path()).json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void aViewerCannotUpdate() {
        String id = create();

        assertError(withRole("viewer").put(at(id), changedBody()), 403, at(id));

        assertThat(versionOf(id)).isEqualTo(1);
    }

    @Test
    void aViewerCannotDelete() {
        String id = create();

        assertError(withRole("viewer").delete(at(id)), 403, at(id));

        assertThat(api.get(at(id)).status()).isEqualTo(200);
    }

    @Test
    void anAdminWritesLikeAMember() {
        TestApi admin = withRole("admin");
        String id = admin.create(path(), validBody());

        assertThat(admin.put(at(id), changedBody()).status()).isEqualTo(200);
        assertThat(admin.delete(at(id)).status()).isEqualTo(204);
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
    void listsTwentyAPageByDefault() {
        JsonNode page = api.get(path()).json();

        assertThat(page.path("data")).isEmpty();
        assertThat(page.path("pagination").toString())
                .isEqualTo("{\"page\":1,\"limit\":20,\"total\":0,\"totalPages\":0,\"next_cursor\":null}");
    }

    @Test
    void aPageBeyondTheLastIsEmptyButCountsTheRecords() {
        create();

        JsonNode page = api.get(path() + "?page=5").json();

        assertThat(page.path("data")).isEmpty();
        assertThat(page.at("/pagination/total").asLong()).isEqualTo(1);
    }

    @Test
    void badListParametersAreOne400ListingEach() {
        JsonNode body = assertError(api.get(path() + "?limit=500&page=0&sort=nope&order=up"), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("limit", "page", "sort", "order");
    }

    @Test
    void otherMethodsOnTheCollectionAre405WithAllow() {
        TestApi.Answer answer = api.send("PATCH", path(), null);

        assertError(answer, 405, path());
        assertThat(answer.header("Allow")).contains("GET, POST");
    }

    @Test
    void otherMethodsOnARecordAre405WithAllow() {
        String id = create();

        TestApi.Answer answer = api.post(at(id), validBody());

        assertError(answer, 405, at(id));
        assertThat(answer.header("Allow")).contains("GET, PUT, DELETE");
    }

    @Test
    void everyRouteNeedsAToken() {
        String id = create();

        assertError(anonymous.get(path()), 401, path());
        assertError(anonymous.post(path(), validBody()), 401, path());
        assertError(anonymous.get(at(id)), 401, at(id));
        assertError(anonymous.put(at(id), changedBody()), 401, at(id));
        assertError(anonymous.delete(at(id)), 401, at(id));
    }

    protected static ObjectNode parse(String json) {
        try {
            return (ObjectNode) TestApi.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
