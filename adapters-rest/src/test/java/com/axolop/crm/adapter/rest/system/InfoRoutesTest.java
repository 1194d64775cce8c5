package com.axolop.crm.adapter.rest.system;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.FakeBackend;
import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/info}: public facts about the API, no token needed. */
class InfoRoutesTest extends RoutesTest {
    private static final String INFO = "/api/v1/info";

    InfoRoutesTest(DirectClient client) {
        super(client);
    }

    @Test
    void describesTheApiToAnyone() {
        TestApi.Answer answer = anonymous.get(INFO);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode info = answer.json();
        assertThat(info.path("name").asText()).isEqualTo("axolop-crm");
        assertThat(info.path("version").asText()).isEqualTo("0.1.0");
        assertThat(info.path("apiVersion").asText()).isEqualTo("v1");
        assertThat(info.path("environment").asText()).isEqualTo("test");
        assertThat(info.path("started_at").asText()).isEqualTo(FakeBackend.START.toString());
        assertThat(info.path("uptime").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void onlyGetIsAllowed() {
        TestApi.Answer post = anonymous.post(INFO, "{}");

        assertError(post, 405, INFO);
        assertThat(post.header("Allow")).contains("GET");
    }
}
