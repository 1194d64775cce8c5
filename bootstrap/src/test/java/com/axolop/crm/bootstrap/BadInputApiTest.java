package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static com.axolop.crm.bootstrap.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad input gets a 4xx in the contract's error format, never a 500 or a stack trace. */
class BadInputApiTest {
    private final Api api = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));

    @Test
    void unknownRouteIs404() {
        assertError(api.get("/api/v1/nothing-here"), 404, "/api/v1/nothing-here");
        assertError(Api.anonymous().get("/no/such/page"), 404, "/no/such/page");
    }

    @Test
    void wrongMethodIs405WithTheAllowedOnes() {
        Api.Answer answer = api.send("PATCH", "/api/v1/leads", HttpRequest.BodyPublishers.noBody());

        assertError(answer, 405, "/api/v1/leads");
        assertThat(answer.header("Allow")).contains("GET, POST");
    }

    @Test
    void nonJsonBodyIs415() {
        Api.Answer answer = api.send("POST", "/api/v1/leads", HttpRequest.BodyPublishers.ofString("name=Acme"),
                "Content-Type", "application/x-www-form-urlencoded");

        assertError(answer, 415, "/api/v1/leads");
    }

    @Test
    void bodyOverOneMegabyteIs413() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";

        assertError(api.post("/api/v1/leads", big), 413, "/api/v1/leads");
    }

    @Test
    void chunkedBodyOverOneMegabyteIs413() {
        byte[] big = ("{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big));

        assertError(api.send("POST", "/api/v1/leads", chunked, "Content-Type", "application/json"), 413,
                "/api/v1/leads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "{name:'Acme'}", "{\"name\":\"Acme\"} trailing", "not json"})
    void malformedJsonIs400(String body) {
        JsonNode error = assertError(api.post("/api/v1/leads", body), 400, "/api/v1/leads");

        assertThat(error.path("message").asText()).startsWith("Malformed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"text\"", "42"})
    void bodyThatIsNotAnObjectIs400(String body) {
        assertError(api.post("/api/v1/leads", body), 400, "/api/v1/leads");
    }

    @Test
    void emptyBodyIs400() {
        assertError(api.post("/api/v1/leads", ""), 400, "/api/v1/leads");
    }

    @Test
    void unknownEnumValueIs400NamingTheField() {
        JsonNode error = assertError(api.post("/api/v1/leads", "{\"name\":\"Acme\",\"status\":\"HOT\"}"), 400,
                "/api/v1/leads");

        assertThat(fieldsInError(error)).isEqualTo("status");
        assertThat(error.at("/errors/0/message").asText()).contains("NEW, CONTACTED");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        String tags = IntStream.range(0, 21).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(",", "[", "]"));
        JsonNode error = assertError(api.post("/api/v1/leads", """
                {"email":"not-an-email","type":"ALIEN","value":-5,"currency":"XXY","tags":%s,
                 "custom_fields":[1],"phone":12}""".formatted(tags)), 400, "/api/v1/leads");

        assertThat(error.path("message").asText()).isEqualTo("Validation failed");
        assertThat(fieldsInError(error).split(" ")).containsExactlyInAnyOrder("name", "email", "type", "value",
                "currency", "tags", "custom_fields", "phone");
    }

    @Test
    void valueWithMoreThanTwoDecimalsIs400() {
        JsonNode error = assertError(api.post("/api/v1/leads", "{\"name\":\"Acme\",\"value\":10.999}"), 400,
                "/api/v1/leads");

        assertThat(fieldsInError(error)).isEqualTo("value");
    }

    @Test
    void customFieldsOver16KBAre400() {
        String body = "{\"name\":\"Acme\",\"custom_fields\":{\"blob\":\"" + "x".repeat(17 * 1024) + "\"}}";

        assertThat(fieldsInError(assertError(api.post("/api/v1/leads", body), 400, "/api/v1/leads")))
                .isEqualTo("custom_fields");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "limit=1000", "limit=0", "page=abc", "sort=drop_table", "order=sideways",
            "status=HOT", "type=ALIEN", "startDate=yesterday", "startDate=2024-02-01&endDate=2024-01-01"})
    void badListParametersAre400(String query) {
        String field = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));

        JsonNode error = assertError(api.get("/api/v1/leads?" + query), 400, "/api/v1/leads");

        assertThat(fieldsInError(error)).isEqualTo(field);
    }

    @Test
    void badExportFormatIs400() {
        assertThat(fieldsInError(assertError(api.get("/api/v1/leads/export?format=xml"), 400,
                "/api/v1/leads/export"))).isEqualTo("format");
    }

    @Test
    void idThatIsNotAUuidIs404() {
        assertError(api.get("/api/v1/leads/42"), 404, "/api/v1/leads/42");
        assertError(api.get("/api/v1/leads/%27%3B%20drop%20table%20leads"), 404,
                "/api/v1/leads/%27%3B%20drop%20table%20leads");
    }

    @Test
    void generatesARequestIdWhenNoneIsGiven() {
        assertThat(api.get("/api/v1/leads").header("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).matches("req_[0-9a-f]{24}"));
    }

    @Test
    void keepsASafeIncomingRequestIdAndReplacesAnUnsafeOne() {
        assertThat(api.get("/api/v1/leads", "X-Request-Id", "client-123.abc").header("X-Request-Id"))
                .contains("client-123.abc");
        assertThat(api.get("/api/v1/leads", "X-Request-Id", "<script>").header("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
        assertThat(api.get("/api/v1/leads", "X-Request-Id", "a".repeat(65)).header("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
    }

    @Test
    void garbageRequestLineGetsA400InTheErrorFormat() throws IOException {
        URI base = URI.create(TestServer.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").contains("\"status\":\"error\"", "\"statusCode\":400")
                    .doesNotContain("Exception");
        }
    }
}
