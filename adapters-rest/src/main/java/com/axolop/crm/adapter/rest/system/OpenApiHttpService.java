package com.axolop.crm.adapter.rest.system;

import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.yaml} and {@code /openapi.json}: the hand-written OpenAPI document of every route, public like
 * /asyncapi.yaml. YAML is the source; the JSON form is converted once, at start.
 */
public final class OpenApiHttpService implements HttpService {
    /** Its routes are at the root, beside /asyncapi.yaml. */
    public static final String PATH = "/";
    /** The document on the classpath. */
    public static final String RESOURCE = "openapi/openapi.yaml";
    private static final byte[] YAML = load();
    private static final byte[] JSON = Json.bytes(document());

    @Override
    public void routing(HttpRules rules) {
        rules.get("/openapi.yaml", (req, res) -> send(res, "application/yaml", YAML))
                .any("/openapi.yaml", Responses.methodNotAllowed("GET"))
                .get("/openapi.json", (req, res) -> send(res, "application/json", JSON))
                .any("/openapi.json", Responses.methodNotAllowed("GET"));
    }

    /** The document as a JSON tree (for tests and tools that read it). */
    public static JsonNode document() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(YAML);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml is not valid YAML", e);
        }
    }

    private static void send(ServerResponse res, String contentType, byte[] body) {
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        res.send(body);
    }

    private static byte[] load() {
        try (InputStream in = OpenApiHttpService.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
