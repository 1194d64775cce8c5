package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.importing.RunImport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV imports end to end: upload, the job on the import queue, progress, refused rows, dedupe, dry runs. */
class ImportsApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));

    @Test
    void importsLeadsFromACsvBodyAndReportsProgress() {
        Api.Answer started = upload("/api/v1/leads/import", """
                name,email,value,tags
                Acme,ops@acme.com,1200.50,b2b;hot
                Globex,,,
                """);

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().at("/data/status").asText()).isEqualTo("queued");
        JsonNode done = finished(started);
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(counts(done)).isEqualTo(List.of(2L, 2L, 2L, 0L, 0L, 0L));
        assertThat(done.path("started_at").asText()).isNotEmpty();
        assertThat(done.path("finished_at").asText()).isNotEmpty();
        JsonNode acme = lead("ops@acme.com");
        assertThat(acme.path("value").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(acme.path("tags").toString()).isEqualTo("[\"b2b\",\"hot\"]");
    }

    @Test
    void reportsBadRowsWithTheirRowNumbersAndImportsTheRest() {
        JsonNode done = finished(upload("/api/v1/leads/import", """
                name,email,status
                Good one,good@x.io,NEW
                ,bad-email,NEW
                Also good,,QUALIFIED
                Bad status,,SOLD
                """));

        assertThat(counts(done)).isEqualTo(List.of(4L, 4L, 2L, 0L, 0L, 2L));
        assertThat(done.path("errors")).extracting(e -> e.path("row").asLong() + ":" + e.path("field").asText())
                .containsExactly("3:name", "3:email", "5:status");
        Api.Answer csv = api.get("/api/v1/imports/" + done.path("id").asText() + "/errors.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body().lines().toList()).hasSize(4).first().isEqualTo("row,field,message");
        assertThat(csv.body()).contains("5,status,");
        assertThat(names()).containsExactlyInAnyOrder("Good one", "Also good");
    }

    @Test
    void skipLeavesAnExistingEmailAlone() {
        api.createLead("{\"name\":\"Old\",\"email\":\"ops@acme.com\"}");

        JsonNode done = finished(upload("/api/v1/leads/import?on_duplicate=skip", """
                name,email
                New,OPS@acme.com
                Fresh,fresh@x.io
                Fresh again,fresh@x.io
                """));

        assertThat(counts(done)).isEqualTo(List.of(3L, 3L, 1L, 0L, 2L, 0L));
        assertThat(names()).containsExactlyInAnyOrder("Old", "Fresh");
    }

    @Test
    void updateChangesTheRecordWithTheEmailAndPublishesItsEvent() {
        String id = api.createLead("{\"name\":\"Old\",\"email\":\"ops@acme.com\"}");

        JsonNode done = finished(upload("/api/v1/leads/import?on_duplicate=update", """
                name,email
                New name,OPS@acme.com
                """));

        assertThat(counts(done)).isEqualTo(List.of(1L, 1L, 0L, 1L, 0L, 0L));
        JsonNode lead = api.get("/api/v1/leads/" + id).json().path("data");
        assertThat(lead.path("name").asText()).isEqualTo("New name");
        assertThat(lead.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void createAddsARecordEvenWhenTheEmailIsKnown() {
        api.createLead("{\"name\":\"Old\",\"email\":\"ops@acme.com\"}");

        JsonNode done = finished(upload("/api/v1/leads/import?on_duplicate=create", "name,email\nNew,ops@acme.com\n"));

        assertThat(counts(done)).isEqualTo(List.of(1L, 1L, 1L, 0L, 0L, 0L));
        assertThat(names()).containsExactlyInAnyOrder("Old", "New");
    }

    @Test
    void aContactWhoseEmailIsTakenFailsUnderCreateAsASingleWriteWould() {
        api.post("/api/v1/contacts", "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}");

        JsonNode done = finished(upload("/api/v1/contacts/import?on_duplicate=create", """
                first_name,last_name,email
                Janet,Doe,jane@acme.com
                John,Doe,john@acme.com
                """));

        assertThat(counts(done)).isEqualTo(List.of(2L, 2L, 1L, 0L, 0L, 1L));
        assertThat(done.at("/errors/0/row").asLong()).isEqualTo(2);
        assertThat(done.at("/errors/0/message").asText()).contains("already exists");
    }

    /** Written together the batch breaks the unique email index; written again row by row, only row 4 fails. */
    @Test
    void aNewContactEmailTwiceInOneBatchFailsOnlyItsSecondRowWithItsRowNumber() {
        JsonNode done = finished(upload("/api/v1/contacts/import?on_duplicate=create", """
                first_name,last_name,email
                Amy,Roe,amy@acme.com
                Bob,Roe,bob@acme.com
                Amy,Again,AMY@acme.com
                Cy,Roe,cy@acme.com
                """));

        assertThat(counts(done)).isEqualTo(List.of(4L, 4L, 3L, 0L, 0L, 1L));
        assertThat(done.at("/errors/0/row").asLong()).isEqualTo(4);
        assertThat(done.at("/errors/0/message").asText()).contains("already exists");
        assertThat(api.get("/api/v1/contacts").json().at("/pagination/total").asLong()).isEqualTo(3);
    }

    @Test
    void aDryRunCountsWhatWouldHappenAndWritesNothing() {
        JsonNode done = finished(upload("/api/v1/leads/import?dry_run=true", "name,email\nA,a@x.io\n,b@x.io\n"));

        assertThat(done.path("dry_run").asBoolean()).isTrue();
        assertThat(counts(done)).isEqualTo(List.of(2L, 2L, 1L, 0L, 0L, 1L));
        assertThat(names()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"skip, 0, 1", "update, 1, 0"})
    void aDryRunCountsAnEmailRepeatedInALaterBatchAsTheRealRunWould(String onDuplicate, long updated, long skipped) {
        var csv = new StringBuilder("name,email\n");
        for (int i = 0; i < RunImport.BATCH_ROWS; i++) {
            csv.append("Lead ").append(i).append(",lead").append(i).append("@x.io\n");
        }
        csv.append("Again,LEAD3@x.io\n");

        JsonNode done = finished(upload("/api/v1/leads/import?dry_run=true&on_duplicate=" + onDuplicate,
                csv.toString()));

        long rows = RunImport.BATCH_ROWS + 1;
        assertThat(counts(done)).isEqualTo(List.of(rows, rows, rows - 1, updated, skipped, 0L));
        assertThat(names()).isEmpty();
    }

    @Test
    void aMultipartFormCarriesTheFileItsMappingAndItsOptions() {
        String boundary = "----crm" + UUID.randomUUID();
        String form = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "Full Name,E-mail\r\nAcme,ops@acme.com\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"mapping\"\r\n\r\n"
                + "{\"Full Name\":\"name\",\"E-mail\":\"email\"}\r\n"
                + "--" + boundary + "--\r\n";

        Api.Answer started = api.send("POST", "/api/v1/leads/import", HttpRequest.BodyPublishers.ofString(form),
                "Content-Type", "multipart/form-data; boundary=" + boundary);

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(counts(finished(started))).isEqualTo(List.of(1L, 1L, 1L, 0L, 0L, 0L));
        assertThat(lead("ops@acme.com").path("name").asText()).isEqualTo("Acme");
    }

    @Test
    void aByteOrderMarkIsReadAsNoPartOfTheFirstColumn() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] csv = "name\nAcme\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        System.arraycopy(csv, 0, body, bom.length, csv.length);

        JsonNode done = finished(api.send("POST", "/api/v1/leads/import", HttpRequest.BodyPublishers.ofByteArray(body),
                "Content-Type", "text/csv"));

        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(names()).containsExactly("Acme");
    }

    @Test
    void aFileInAnotherEncodingIsRefusedAtUpload() {
        byte[] latin1 = "name\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        Api.Answer answer = api.send("POST", "/api/v1/leads/import", HttpRequest.BodyPublishers.ofByteArray(latin1),
                "Content-Type", "text/csv");

        assertThat(assertError(answer, 400, "/api/v1/leads/import").at("/errors/0/field").asText()).isEqualTo("file");
    }

    @Test
    void aHeaderThatNamesNoFieldFailsTheImportWithAReason() {
        JsonNode done = finished(upload("/api/v1/leads/import", "foo,bar\n1,2\n"));

        assertThat(done.path("status").asText()).isEqualTo("failed");
        assertThat(done.path("error").asText()).contains("no column named like a field");
    }

    @Test
    void exportThenImportIntoAnEmptyWorkspaceGivesTheSameRecords() {
        api.createLead("""
                {"name":"=Acme","email":"ops@acme.com","phone":"+1 555 0100","company":"Acme","type":"PARTNER",
                 "status":"QUALIFIED","value":99.5,"currency":"EUR","source":"web","notes":"x;-1, @y",
                 "tags":["a","b"],"custom_fields":{"size":-3,"k":"=v"},"assigned_to":"user-9"}""");
        api.createLead("{\"name\":\"Globex\"}");
        String csv = api.get("/api/v1/leads/export?format=csv").body();
        Api other = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));

        Api.Answer started = other.send("POST", "/api/v1/leads/import", HttpRequest.BodyPublishers.ofString(csv),
                "Content-Type", "text/csv");

        assertThat(finished(other, started).path("created").asLong()).isEqualTo(2);
        assertThat(comparable(other)).isEqualTo(comparable(api));
    }

    @Test
    void anotherWorkspacesImportIsNotFound() {
        JsonNode done = finished(upload("/api/v1/leads/import", "name\nAcme\n"));
        Api stranger = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
        String path = "/api/v1/imports/" + done.path("id").asText();

        assertError(stranger.get(path), 404, path);
        assertError(stranger.get(path + "/errors.csv"), 404, path + "/errors.csv");
        assertError(stranger.post(path + "/cancel", "{}"), 404, path + "/cancel");
    }

    @Test
    void aCancelledImportWritesNoRowAndAFinishedOneCannotBeCancelled() {
        Api admin = Api.as(TestTokens.withRole(workspace, "admin"));
        admin.post("/api/v1/queues/import/pause", "{}");
        String id = upload("/api/v1/leads/import", "name\nAcme\n").json().at("/data/import_id").asText();

        Api.Answer cancelled = api.post("/api/v1/imports/" + id + "/cancel", "{}");
        admin.post("/api/v1/queues/import/resume", "{}");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().at("/data/status").asText()).isEqualTo("cancelled");
        waitForQueueToDrain(admin);
        assertThat(names()).isEmpty();
        assertError(api.post("/api/v1/imports/" + id + "/cancel", "{}"), 409, "/api/v1/imports/" + id + "/cancel");
    }

    private Api.Answer upload(String path, String csv) {
        return api.send("POST", path, HttpRequest.BodyPublishers.ofString(csv), "Content-Type", "text/csv");
    }

    private JsonNode finished(Api.Answer started) {
        return finished(api, started);
    }

    private static JsonNode finished(Api caller, Api.Answer started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return awaitFinished(caller, started.json().at("/data/import_id").asText(), Duration.ofSeconds(20));
    }

    /** The import once it has finished, or as it is after {@code atMost}. */
    static JsonNode awaitFinished(Api caller, String id, Duration atMost) {
        String path = "/api/v1/imports/" + id;
        Instant deadline = Instant.now().plus(atMost);
        while (true) {
            JsonNode data = caller.get(path).json().path("data");
            if (Map.of("completed", 1, "failed", 1, "cancelled", 1).containsKey(data.path("status").asText())
                    || Instant.now().isAfter(deadline)) {
                return data;
            }
            sleep();
        }
    }

    private static void waitForQueueToDrain(Api admin) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (admin.get("/api/v1/queues/import").json().at("/data/waiting").asLong() > 0
                && Instant.now().isBefore(deadline)) {
            sleep();
        }
        sleep();
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** total_rows, processed, created, updated, skipped, failed. */
    private static List<Long> counts(JsonNode data) {
        return List.of("total_rows", "processed", "created", "updated", "skipped", "failed").stream()
                .map(field -> data.path(field).asLong()).toList();
    }

    private List<String> names() {
        return StreamSupport.stream(api.get("/api/v1/leads?limit=100").json().path("data").spliterator(), false)
                .map(lead -> lead.path("name").asText()).toList();
    }

    private JsonNode lead(String email) {
        return StreamSupport.stream(api.get("/api/v1/leads?limit=100").json().path("data").spliterator(), false)
                .filter(lead -> email.equals(lead.path("email").asText())).findFirst().orElseThrow();
    }

    /** The leads' fields a client set, by name: what an import must carry over. */
    private static List<String> comparable(Api caller) {
        return StreamSupport.stream(caller.get("/api/v1/leads?limit=100&sort=name&order=asc").json().path("data")
                .spliterator(), false).map(lead -> {
                    var copy = lead.deepCopy();
                    ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(List.of("id", "workspace_id",
                            "created_by", "created_at", "updated_at", "version"));
                    return copy.toString();
                }).toList();
    }
}
