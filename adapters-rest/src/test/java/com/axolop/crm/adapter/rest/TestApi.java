package com.axolop.crm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.openapi.OpenApiConformance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A caller of the API, with or without a bearer token, as bootstrap's Api but through the routing tests' client:
 * requests as a client sends them (paths raw, not re-encoded), answers read whole.
 */
public final class TestApi {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final Http1Client client;
    private final String token;

    public TestApi(Http1Client client, String token) {
        this.client = client;
        this.token = token;
    }

    /** The same client with another token (null: none). */
    public TestApi as(String otherToken) {
        return new TestApi(client, otherToken);
    }

    public Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** A JSON body: Content-Type application/json unless {@code headers} name another. */
    public Answer post(String path, String json, String... headers) {
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8), withJsonType(headers));
    }

    public Answer put(String path, String json, String... headers) {
        return send("PUT", path, json.getBytes(StandardCharsets.UTF_8), withJsonType(headers));
    }

    public Answer delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /** Any request; a null body sends none. {@code headers} are name, value pairs. */
    public Answer send(String method, String path, byte[] body, String... headers) {
        Http1ClientRequest request = request(method, path, headers);
        try (Http1ClientResponse response = body == null ? request.request() : request.submit(body)) {
            return conforming(method, path, Answer.of(response));
        }
    }

    /** Every answer is checked against the OpenAPI document, so every routing test also tests the document. */
    private static Answer conforming(String method, String path, Answer answer) {
        OpenApiConformance.violation(method, path, answer.status(), answer.header("Content-Type").orElse(null),
                answer.body()).ifPresent(violation -> {
                    throw new AssertionError("The answer does not conform to the OpenAPI document: " + violation);
                });
        return answer;
    }

    /** A body sent chunked, without Content-Length. */
    public Answer sendChunked(String method, String path, byte[] body, String... headers) {
        Http1ClientRequest request = request(method, path, headers);
        try (Http1ClientResponse response = request.outputStream(out -> {
            out.write(body);
            out.close();
        })) {
            return conforming(method, path, Answer.of(response));
        }
    }

    /** Creates a record and returns its id. */
    public String create(String path, String json) {
        Answer created = post(path, json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private Http1ClientRequest request(String method, String path, String... headers) {
        Http1ClientRequest request = client.method(Method.create(method)).skipUriEncoding(true).uri(path);
        if (token != null) {
            request.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(HeaderNames.create(headers[i]), headers[i + 1]);
        }
        return request;
    }

    private static String[] withJsonType(String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Content-Type")) {
                return headers;
            }
        }
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    /** The {@code field} of each item of a JSON array, in order, as text. */
    public static List<String> each(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    /** A response read whole: status, headers (by lower-case name), body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        static Answer of(Http1ClientResponse response) {
            var headers = new LinkedHashMap<String, String>();
            for (Header header : response.headers()) {
                headers.put(header.name().toLowerCase(Locale.ROOT), String.join(", ", header.allValues()));
            }
            try {
                byte[] body = response.inputStream().readAllBytes();
                return new Answer(response.status().code(), headers, new String(body, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The {@code field} of each item of {@code data}, in order. */
        public List<String> listed(String field) {
            return each(data(), field);
        }

        /** The {@code data} of a JSON answer. */
        public JsonNode data() {
            return json().path("data");
        }
    }
}
