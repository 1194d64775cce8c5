package com.axolop.crm.adapter.rest.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code GET /openapi.yaml} and {@code /openapi.json}: the API's document, to anyone. */
class OpenApiRoutesTest extends RoutesTest {
    OpenApiRoutesTest(DirectClient client) {
        super(client);
    }

    @Test
    void servesTheYamlDocumentWithoutAToken() throws IOException {
        TestApi.Answer answer = anonymous.get("/openapi.yaml");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).hasValue("application/yaml");
        var document = new ObjectMapper(new YAMLFactory()).readTree(answer.body());
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/paths/~1api~1v1~1leads/post/operationId").asText()).isEqualTo("createLead");
    }

    @Test
    void servesTheSameDocumentAsJson() throws IOException {
        TestApi.Answer yaml = anonymous.get("/openapi.yaml");
        TestApi.Answer json = anonymous.get("/openapi.json");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Type")).hasValue("application/json");
        assertThat(json.json()).isEqualTo(new ObjectMapper(new YAMLFactory()).readTree(yaml.body()));
    }

    @Test
    void onlyGetIsAllowed() {
        TestApi.Answer post = anonymous.post("/openapi.json", "{}");

        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).hasValue("GET");
    }
}
