package com.axolop.crm.adapter.rest;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad request gets a 4xx in the contract's error format, never a 500 or a stack trace. */
class BadInputRoutesTest extends RoutesTest {
    private static final String LEADS = "/api/v1/leads";

    BadInputRoutesTest(DirectClient client) {
        super(client);
    }

    private long leads() {
        return api.get(LEADS).json().at("/pagination/total").asLong();
    }

    @Test
    void anUnknownRouteIs404() {
        JsonNode body = assertError(api.get("/api/v1/nothing-here"), 404, "/api/v1/nothing-here");

        assertThat(body.path("message").asText()).isEqualTo("Route not found");
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOnes() {
        TestApi.Answer answer = api.send("PATCH", LEADS, null);

        assertError(answer, 405, LEADS);
        assertThat(answer.header("Allow")).contains("GET, POST");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        TestApi.Answer answer = api.send("POST", LEADS, bytes("name=Acme"), "Content-Type",
                "application/x-www-form-urlencoded");

        JsonNode body = assertError(answer, 415, LEADS);
        assertThat(body.path("message").asText()).isEqualTo("Content-Type must be application/json");
    }

    @Test
    void aBodyWithoutAContentTypeIs415() {
        String id = api.create(LEADS, "{\"name\":\"Acme\"}");

        assertError(api.send("PUT", LEADS + "/" + id, bytes("{\"name\":\"Acme\"}")), 415, LEADS + "/" + id);
    }

    @Test
    void jsonWithACharsetIsJson() {
        assertThat(api.post(LEADS, "{\"name\":\"Acme\"}", "Content-Type", "application/json; charset=utf-8").status())
                .isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "{name:'Acme'}", "{\"name\":\"Acme\"} trailing", "not json"})
    void malformedJsonIs400(String body) {
        JsonNode error = assertError(api.post(LEADS, body), 400, LEADS);

        assertThat(error.path("message").asText()).startsWith("Malformed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"text\"", "42", "null"})
    void aBodyThatIsNotAnObjectIs400(String body) {
        JsonNode error = assertError(api.post(LEADS, body), 400, LEADS);

        assertThat(error.path("message").asText()).isEqualTo("Request body must be a JSON object");
    }

    @Test
    void anEmptyBodyIs400() {
        JsonNode error = assertError(api.post(LEADS, ""), 400, LEADS);

        assertThat(error.path("message").asText()).isEqualTo("Request body is required");
    }

    @Test
    void aBodyOverOneMegabyteIs413AndWritesNothing() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";

        JsonNode error = assertError(api.post(LEADS, big), 413, LEADS);

        assertThat(error.path("message").asText()).isEqualTo("Request body must be at most 1 MB");
        assertThat(leads()).isZero();
    }

    @Test
    void aChunkedBodyOverOneMegabyteIs413() {
        byte[] big = bytes("{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}");

        assertError(api.sendChunked("POST", LEADS, big, "Content-Type", "application/json"), 413, LEADS);
    }

    @Test
    void aBodyOfExactlyOneMegabyteIsReadAndValidated() {
        String prefix = "{\"name\":\"";
        String exact = prefix + "x".repeat(1024 * 1024 - prefix.length() - 2) + "\"}";

        JsonNode error = assertError(api.post(LEADS, exact), 400, LEADS);

        assertThat(ErrorFormat.fieldsInError(error)).containsExactly("name");
    }

    @Test
    void generatesARequestIdWhenNoneIsGiven() {
        assertThat(api.get(LEADS).header("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).matches("req_[0-9a-f]{24}"));
    }

    @Test
    void echoesASafeRequestIdOnSuccessAndInTheErrorBody() {
        assertThat(api.get(LEADS, "X-Request-Id", "client-123.abc").header("X-Request-Id")).contains("client-123.abc");
        JsonNode error = assertError(api.get(LEADS + "/nope", "X-Request-Id", "client:456"), 404, LEADS + "/nope");
        assertThat(error.path("requestId").asText()).isEqualTo("client:456");
    }

    @Test
    void replacesAnUnsafeOrOverlongRequestId() {
        assertThat(api.get(LEADS, "X-Request-Id", "<script>").header("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
        assertThat(api.get(LEADS, "X-Request-Id", "a".repeat(65)).header("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
    }

    @Test
    void everyErrorCarriesTheRequestIdEvenBeforeAuthentication() {
        assertError(anonymous.get(LEADS, "X-Request-Id", "anon-1"), 401, LEADS);
        assertError(api.get("/elsewhere", "X-Request-Id", "lost-1"), 404, "/elsewhere");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
