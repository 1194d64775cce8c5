package com.axolop.crm.adapter.rest.importing;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.FakeBackend;
import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Uploading an import: what is queued, and every way an upload is refused before anything is stored. */
class ImportRoutesTest extends RoutesTest {
    private static final String LEADS = "/api/v1/leads/import";

    ImportRoutesTest(DirectClient client) {
        super(client);
    }

    private TestApi.Answer upload(TestApi caller, String path, byte[] csv) {
        return caller.send("POST", path, csv, "Content-Type", "text/csv");
    }

    @Test
    void aCsvBodyIsQueuedAndItsProgressCanBeRead() {
        byte[] csv = "name\nAcme\n".getBytes(StandardCharsets.UTF_8);

        TestApi.Answer started = upload(api, LEADS + "?on_duplicate=update", csv);

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.data().path("status").asText()).isEqualTo("queued");
        TestApi.Answer progress = api.get("/api/v1/imports/" + started.data().path("import_id").asText());
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.data().path("on_duplicate").asText()).isEqualTo("update");
        assertThat(progress.data().path("processed").asLong()).isZero();
    }

    @Test
    void aFileOverTheLimitIs413() {
        byte[] big = ("name\n" + "x".repeat((int) FakeBackend.IMPORT_MAX_BYTES)).getBytes(StandardCharsets.UTF_8);

        assertError(upload(api, LEADS, big), 413, LEADS);
        assertError(api.sendChunked("POST", LEADS, big, "Content-Type", "text/csv"), 413, LEADS);
    }

    @Test
    void aFileThatIsNotUtf8Is400OnFile() {
        byte[] utf16 = "name\nAcme\n".getBytes(StandardCharsets.UTF_16);

        assertThat(fieldsInError(assertError(upload(api, LEADS, utf16), 400, LEADS))).containsExactly("file");
    }

    @Test
    void badOptionsAreReportedTogether() {
        String path = LEADS + "?on_duplicate=merge&dry_run=maybe&mapping=%7B%22Col%22%3A%22salary%22%7D";

        assertThat(fieldsInError(assertError(upload(api, path, "name\n".getBytes(StandardCharsets.UTF_8)), 400, LEADS)))
                .containsExactlyInAnyOrder("on_duplicate", "dry_run", "mapping.Col");
    }

    @Test
    void anotherMediaTypeIs415() {
        assertError(api.post(LEADS, "{\"name\":\"Acme\"}"), 415, LEADS);
    }

    @Test
    void aFormWithoutAFileIs400OnFile() {
        String boundary = "b" + UUID.randomUUID();
        byte[] form = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dry_run\"\r\n\r\ntrue\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        TestApi.Answer answer = api.send("POST", LEADS, form, "Content-Type",
                "multipart/form-data; boundary=" + boundary);

        assertThat(fieldsInError(assertError(answer, 400, LEADS))).containsExactly("file");
    }

    @Test
    void aViewerCannotImport() {
        assertError(upload(withRole("viewer"), LEADS, "name\nAcme\n".getBytes(StandardCharsets.UTF_8)), 403, LEADS);
    }

    @Test
    void anUnknownOrMalformedImportIdIs404() {
        String unknown = "/api/v1/imports/" + UUID.randomUUID();

        assertError(api.get(unknown), 404, unknown);
        assertError(api.get("/api/v1/imports/not-an-id"), 404, "/api/v1/imports/not-an-id");
    }
}
