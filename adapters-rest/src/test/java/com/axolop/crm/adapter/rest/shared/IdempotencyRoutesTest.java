package com.axolop.crm.adapter.rest.shared;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.FakeBackend;
import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.axolop.crm.adapter.rest.auth.TokenIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code Idempotency-Key} on POST: a retry replays the first reply; the key's expiry: RunOnceServiceTest. */
class IdempotencyRoutesTest extends RoutesTest {
    private static final String LEADS = "/api/v1/leads";
    private static final String ACME = "{\"name\":\"Acme\"}";
    private final String key = "key-" + UUID.randomUUID();

    IdempotencyRoutesTest(DirectClient client) {
        super(client);
    }

    private long total(String path) {
        return api.get(path).json().at("/pagination/total").asLong();
    }

    /** The events appended for this workspace, of {@code type}. */
    private long events(String type) {
        return BACKEND.outbox.events().stream()
                .filter(event -> event.workspace().value().equals(workspace) && event.eventType().equals(type)).count();
    }

    private static String id(TestApi.Answer created) {
        return created.data().path("id").asText();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/leads    | lead.created    | {\"name\":\"Acme\"}",
            "/api/v1/contacts | contact.created | {\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}"})
    void aRetryReplaysTheFirstReplyWithoutASecondWrite(String path, String created, String body) {
        TestApi.Answer first = api.post(path, body, "Idempotency-Key", key);
        TestApi.Answer retry = api.post(path, body, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isPresent().isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).contains("\"1\"");
        assertThat(retry.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(total(path)).isEqualTo(1);
        assertThat(events(created)).isEqualTo(1);
    }

    @Test
    void aRetriedConversionIsReplayedNotRefused() {
        String lead = api.create(LEADS, ACME);
        String convert = LEADS + "/" + lead + "/convert";

        TestApi.Answer first = api.post(convert, "{}", "Idempotency-Key", key);
        TestApi.Answer retry = api.post(convert, "{}", "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        api.post(LEADS, ACME, "Idempotency-Key", key);

        JsonNode error = assertError(api.post(LEADS, "{\"name\":\"Globex\"}", "Idempotency-Key", key), 422, LEADS);

        assertThat(error.path("message").asText()).contains("Idempotency-Key was already used for a different request");
        assertThat(total(LEADS)).isEqualTo(1);
    }

    @Test
    void theSameKeyOnAnotherEndpointIs422() {
        api.post(LEADS, ACME, "Idempotency-Key", key);

        assertError(api.post("/api/v1/contacts", "{\"first_name\":\"Jane\"}", "Idempotency-Key", key), 422,
                "/api/v1/contacts");
        assertThat(total("/api/v1/contacts")).isZero();
    }

    @Test
    void anotherWorkspaceMayUseTheSameKey() {
        TestApi.Answer mine = api.post(LEADS, ACME, "Idempotency-Key", key);

        TestApi.Answer theirs = stranger().post(LEADS, ACME, "Idempotency-Key", key);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
        assertThat(id(theirs)).isNotEqualTo(id(mine));
    }

    @Test
    void anotherUserOfTheWorkspaceDoesNotGetTheFirstUsersReply() {
        TestApi colleague = anonymous.as(new TokenIssuer(FakeBackend.JWT_SECRET, BACKEND.clock)
                .issue("colleague", workspace, "member", Duration.ofHours(1)));
        TestApi.Answer mine = api.post(LEADS, ACME, "Idempotency-Key", key);

        TestApi.Answer theirs = colleague.post(LEADS, ACME, "Idempotency-Key", key);

        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
        assertThat(id(theirs)).isNotEqualTo(id(mine));
    }

    @Test
    void aKeyOfMoreThan255OrNonPrintableCharactersIs400AndWritesNothing() {
        // (This client sends any non-ASCII character as '?', so only ASCII keys can be tried here.)
        for (String bad : new String[] {"x".repeat(256), "tab\tinside"}) {
            JsonNode error = assertError(api.post(LEADS, ACME, "Idempotency-Key", bad), 400, LEADS);

            assertThat(fieldsInError(error)).as(bad).containsExactly("Idempotency-Key");
            assertThat(error.at("/errors/0/message").asText()).isEqualTo("must be 1 to 255 printable ASCII characters");
        }
        assertThat(total(LEADS)).isZero();
        assertThat(api.post(LEADS, ACME, "Idempotency-Key", "x".repeat(255)).status()).isEqualTo(201);
    }

    @Test
    void withoutAKeyEveryPostWrites() {
        TestApi.Answer first = api.post(LEADS, ACME);
        TestApi.Answer second = api.post(LEADS, ACME);

        assertThat(second.header("Idempotent-Replayed")).isEmpty();
        assertThat(id(second)).isNotEqualTo(id(first));
        assertThat(total(LEADS)).isEqualTo(2);
    }

    @Test
    void aFailedRequestKeepsNothingSoTheClientMayRetryUnderTheSameKey() {
        assertError(api.post(LEADS, "{\"name\":\"\"}", "Idempotency-Key", key), 400, LEADS);
        assertError(api.send("POST", LEADS, ACME.getBytes(StandardCharsets.UTF_8), "Idempotency-Key", key,
                "Content-Type", "text/plain"), 415, LEADS);
        assertError(withRole("viewer").post(LEADS, ACME, "Idempotency-Key", key), 403, LEADS);

        TestApi.Answer fixed = api.post(LEADS, ACME, "Idempotency-Key", key);
        TestApi.Answer retry = api.post(LEADS, ACME, "Idempotency-Key", key);

        assertThat(fixed.status()).as(fixed.body()).isEqualTo(201);
        assertThat(fixed.header("Idempotent-Replayed")).isEmpty();
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(total(LEADS)).isEqualTo(1);
    }

    @Test
    void anAnonymousFormSubmissionIsReplayedToo() {
        String form = api.create("/api/v1/forms", """
                {"name":"F","fields":[{"name":"e","label":"E","type":"email","required":true}],"mapping":{"e":"email"}}""");
        String submit = "/api/v1/forms/" + form + "/submit";

        TestApi.Answer first = anonymous.post(submit, "{\"e\":\"jane@acme.com\"}", "Idempotency-Key", key);
        TestApi.Answer retry = anonymous.post(submit, "{\"e\":\"jane@acme.com\"}", "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(api.get("/api/v1/forms/" + form + "/submissions").json().at("/pagination/total").asLong())
                .isEqualTo(1);
    }

    @Test
    void getsAndPutsIgnoreTheKey() {
        String id = api.create(LEADS, ACME);

        assertThat(api.put(LEADS + "/" + id, "{\"name\":\"B\"}", "Idempotency-Key", key).header("ETag")).contains("\"2\"");
        assertThat(api.put(LEADS + "/" + id, "{\"name\":\"C\"}", "Idempotency-Key", key).header("ETag")).contains("\"3\"");
        assertThat(api.get(LEADS, "Idempotency-Key", "tab\tinside").status()).isEqualTo(200);
    }
}
