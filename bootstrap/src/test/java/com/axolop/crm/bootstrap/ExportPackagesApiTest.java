package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Export packages end to end: the job on the export queue, its progress, the ZIP and its manifest, round trips. */
class ExportPackagesApiTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String workspace = "ws-" + UUID.randomUUID();
    private final String token = TestTokens.member(workspace);
    private final Api api = Api.as(token);

    @Test
    void packagesEveryEntityAsCsvWithAManifestOfCountsAndFilters() {
        api.createLead("{\"name\":\"Acme\",\"email\":\"ops@acme.com\",\"status\":\"QUALIFIED\"}");
        api.createLead("{\"name\":\"Globex\"}");
        api.post("/api/v1/contacts", "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}");

        JsonNode done = finished(api, "{\"entities\":\"all\",\"filters\":{\"leads\":{\"status\":\"QUALIFIED\"}}}");

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
        assertThat(done.path("rows").toString()).isEqualTo(
                "{\"leads\":1,\"contacts\":1,\"opportunities\":0,\"calendar_events\":0,\"forms\":0}");
        Map<String, String> zip = download(token, done.path("id").asText());
        assertThat(zip).containsOnlyKeys("leads.csv", "contacts.csv", "opportunities.csv", "calendar_events.csv",
                "forms.csv", "manifest.json");
        assertThat(zip.get("leads.csv").lines().toList()).hasSize(2);
        assertThat(zip.get("leads.csv")).contains("\"Acme\"").doesNotContain("Globex");
        assertThat(zip.get("forms.csv").lines().toList()).containsExactly(
                "\"id\",\"name\",\"description\",\"fields\",\"mapping\",\"active\",\"honeypot_field\",\"created_by\","
                        + "\"created_at\",\"updated_at\",\"version\"");
        JsonNode manifest = json(zip.get("manifest.json"));
        assertThat(manifest.path("counts").toString()).isEqualTo(done.path("rows").toString());
        assertThat(manifest.path("format").asText()).isEqualTo("csv");
        assertThat(manifest.at("/filters/leads/status").asText()).isEqualTo("QUALIFIED");
        assertThat(Instant.parse(manifest.path("generated_at").asText())).isBefore(Instant.now());
    }

    @Test
    void theJsonFormatWritesEachEntityAsAnArrayOfItsPublishedShape() {
        String id = api.createLead("{\"name\":\"Acme\",\"tags\":[\"a\",\"b\"]}");

        JsonNode done = finished(api, "{\"entities\":[\"leads\"],\"format\":\"json\"}");

        Map<String, String> zip = download(token, done.path("id").asText());
        assertThat(zip).containsOnlyKeys("leads.json", "manifest.json");
        JsonNode leads = json(zip.get("leads.json"));
        assertThat(leads).hasSize(1);
        assertThat(leads.get(0).path("id").asText()).isEqualTo(id);
        assertThat(leads.get(0).path("tags").toString()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void exportThenImportIntoAnEmptyWorkspaceGivesTheSameLeadsAndContacts() {
        api.createLead("""
                {"name":"=Acme","email":"ops@acme.com","phone":"+1 555 0100","company":"Acme","type":"PARTNER",
                 "status":"QUALIFIED","value":99.5,"currency":"EUR","source":"web","notes":"x;-1, @y",
                 "tags":["a","b"],"custom_fields":{"size":-3,"k":"=v"},"assigned_to":"user-9"}""");
        api.createLead("{\"name\":\"Globex\"}");
        api.post("/api/v1/contacts", """
                {"first_name":"Jane","last_name":"-Doe","email":"jane@acme.com","phone":"+44 1","company":"Acme",
                 "title":"@CTO","tags":["vip"],"custom_fields":{"x":1}}""");
        api.post("/api/v1/contacts", "{\"first_name\":\"John\"}");
        Map<String, String> zip = download(token,
                finished(api, "{\"entities\":[\"leads\",\"contacts\"]}").path("id").asText());
        Api other = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));

        importInto(other, "/api/v1/leads/import", zip.get("leads.csv"));
        importInto(other, "/api/v1/contacts/import", zip.get("contacts.csv"));

        assertThat(comparable(other, "/api/v1/leads?limit=100&sort=name&order=asc"))
                .hasSize(2).isEqualTo(comparable(api, "/api/v1/leads?limit=100&sort=name&order=asc"));
        assertThat(comparable(other, "/api/v1/contacts?limit=100&sort=first_name&order=asc"))
                .hasSize(2).isEqualTo(comparable(api, "/api/v1/contacts?limit=100&sort=first_name&order=asc"));
    }

    @Test
    void aViewerMayExportWhatTheyCanRead() {
        api.createLead("{\"name\":\"Acme\"}");
        String viewer = TestTokens.withRole(workspace, "viewer");

        JsonNode done = finished(Api.as(viewer), "{\"entities\":[\"leads\"]}");

        assertThat(download(viewer, done.path("id").asText()).get("leads.csv")).contains("\"Acme\"");
    }

    @Test
    void anotherWorkspacesExportIsNotFound() {
        api.createLead("{\"name\":\"Secret\"}");
        String path = "/api/v1/exports/" + finished(api, "{\"entities\":[\"leads\"]}").path("id").asText();
        Api stranger = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));

        assertError(stranger.get(path), 404, path);
        assertError(stranger.get(path + "/download"), 404, path + "/download");
    }

    @Test
    void badInputIs400AndQueuesNothing() {
        Api.Answer refused = api.post("/api/v1/exports", "{\"entities\":[\"leads\"],\"format\":\"pdf\"}");

        assertError(refused, 400, "/api/v1/exports");
        assertError(api.post("/api/v1/exports", "[1,2]"), 400, "/api/v1/exports");
        assertError(api.post("/api/v1/exports", "{\"entities\":[\"leads\"],\"filters\":{\"leads\":"
                + "{\"startDate\":\"yesterday\"}}}"), 400, "/api/v1/exports");
    }

    private static JsonNode finished(Api caller, String body) {
        Api.Answer started = caller.post("/api/v1/exports", body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return awaitFinished(caller, started.json().at("/data/export_id").asText(), Duration.ofSeconds(20));
    }

    /** The export once completed or failed, or as it is at the deadline. */
    static JsonNode awaitFinished(Api caller, String id, Duration atMost) {
        String path = "/api/v1/exports/" + id;
        Instant deadline = Instant.now().plus(atMost);
        while (true) {
            JsonNode data = caller.get(path).json().path("data");
            if (List.of("completed", "failed").contains(data.path("status").asText())
                    || Instant.now().isAfter(deadline)) {
                return data;
            }
            ImportsApiTest.sleep();
        }
    }

    private static Map<String, String> download(String token, String id) {
        return download(TestServer.baseUrl(), token, id);
    }

    /** The package's files by name, read as UTF-8, from the instance at {@code baseUrl}. */
    static Map<String, String> download(String baseUrl, String token, String id) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/api/v1/exports/" + id + "/download"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
            Map<String, String> files = new LinkedHashMap<>();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void importInto(Api caller, String path, String csv) {
        Api.Answer started = caller.send("POST", path, HttpRequest.BodyPublishers.ofString(csv),
                "Content-Type", "text/csv");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode done = ImportsApiTest.awaitFinished(caller, started.json().at("/data/import_id").asText(),
                Duration.ofSeconds(20));
        assertThat(done.path("failed").asLong()).as(done.toString()).isZero();
    }

    /** The records' fields a client set, in order: what an import must carry over. */
    private static List<String> comparable(Api caller, String list) {
        return StreamSupport.stream(caller.get(list).json().path("data").spliterator(), false).map(record -> {
            ObjectNode copy = record.deepCopy();
            copy.remove(List.of("id", "workspace_id", "created_by", "created_at", "updated_at", "version"));
            return copy.toString();
        }).toList();
    }

    private static JsonNode json(String text) {
        try {
            return Api.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
